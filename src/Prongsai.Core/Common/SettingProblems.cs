using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Prongsai.Core.Common;

/// <summary>An exception that carries the settings' problems as they are told, one line each.</summary>
public interface ISettingProblemLines
{
    IReadOnlyList<string> Lines { get; }
}

/// <summary>
/// What a failure caused by the settings says to the operator, one line per problem — a check of <see cref="SettingRules{T}"/>
/// that failed, a value the configuration binder cannot read as its type — in Thai and English; no line for any other
/// failure, which is not the operator's typing. The app's start and the command line tell them the same way.
/// </summary>
public static partial class SettingProblems
{
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
            case ISettingProblemLines told:
                lines.AddRange(told.Lines);
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
