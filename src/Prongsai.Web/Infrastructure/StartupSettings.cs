using Microsoft.Extensions.Options;
using Prongsai.Core.Common;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The settings checked before the app serves anything (every options class registered with ValidateOnStart, see
/// Core/Common/SettingRules). A mistake stops the start with one line per problem on standard error — the key, what
/// it holds, what is allowed, Thai and English — and exit code <see cref="ExitCode"/>, never a stack trace.
/// </summary>
public static class StartupSettings
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
    public static IReadOnlyList<string> Describe(Exception exception) => SettingProblems.Describe(exception);
}

/// <summary>The settings' problems, raised where the start cannot end the process (the tests' host).</summary>
public sealed class StartupSettingsException(IReadOnlyList<string> lines) : Exception(string.Join(Environment.NewLine, lines)), ISettingProblemLines
{
    public IReadOnlyList<string> Lines { get; } = lines;
}
