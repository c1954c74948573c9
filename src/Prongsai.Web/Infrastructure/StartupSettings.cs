using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The settings checked before the app serves anything (every options class registered with ValidateOnStart, see
/// Core/Common/SettingRules). A mistake stops the start with one line per problem on standard error — the key, what
/// it holds, what is allowed, Thai and English — and exit code <see cref="ExitCode"/>, never a stack trace.
/// </summary>
public static partial class StartupSettings
{
    /// <summary>EX_CONFIG of sysexits.h: a service manager can tell a configuration mistake from a crash.</summary>
    public const int ExitCode = 78;

    /// <summary>The environment of the tests' host, where a failed start is raised rather than ended with the exit code.</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>Checks every setting registered for a start-up check; the problems, one line each, or none.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (Exception exception) when (Describe(exception) is { Count: > 0 } lines)
        {
            return lines;
        }
    }

    /// <summary>
    /// The lines of a start-up failure caused by the settings (a check that failed, a value that cannot be read as its
    /// type); none for any other failure, which is not the operator's typing.
    /// </summary>
    public static IReadOnlyList<string> Describe(Exception exception)
    {
        var lines = new List<string>();
        Collect(exception, lines);
        return lines.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Collect(Exception exception, List<string> lines)
    {
        switch (exception)
        {
            case StartupSettingsException settings:
                lines.AddRange(settings.Lines);
                break;
            case AggregateException aggregate:
                foreach (var inner in aggregate.InnerExceptions)
                {
                    Collect(inner, lines);
                }

                break;
            case OptionsValidationException validation:
                lines.AddRange(validation.Failures.Select(f => "การตั้งค่าไม่ถูกต้อง / bad setting: " + f));
                break;
            case InvalidOperationException { Message: var message } when Unreadable().Match(message) is { Success: true } match:
                lines.Add($"การตั้งค่าไม่ถูกต้อง / bad setting: {match.Groups["key"].Value}: อ่านค่าเป็น {Kind(match.Groups["type"].Value)} ไม่ได้ / " +
                    $"cannot be read as {match.Groups["type"].Value}");
                break;
            default:
                if (exception.InnerException is { } cause)
                {
                    Collect(cause, lines);
                }

                break;
        }
    }

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "จำนวนเต็ม",
        "System.Boolean" => "true หรือ false",
        "System.TimeSpan" => "ระยะเวลา (hh:mm:ss)",
        _ => type,
    };

    /// <summary>The configuration binder's words for a value of the wrong type.</summary>
    [GeneratedRegex("^Failed to convert configuration value(?: '[^']*')? at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex Unreadable();
}

/// <summary>The settings' problems, raised where the start cannot end the process (the tests' host).</summary>
public sealed class StartupSettingsException(IReadOnlyList<string> lines) : Exception(string.Join(Environment.NewLine, lines))
{
    public IReadOnlyList<string> Lines { get; } = lines;
}
