using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Prongsai.Core.Common;

/// <summary>
/// What a group of settings may hold, checked when the app starts (<see cref="SettingRulesExtensions.Checked{T}"/>):
/// a value out of range stops the start with one line per problem — the key, what it holds, what is allowed, in Thai
/// and English — rather than starting and failing later, request by request (a negative rate limit made every
/// sign-in a 500).
/// </summary>
public sealed class SettingRules<T>(string section) : IValidateOptions<T>
    where T : class
{
    private readonly List<Func<T, string?>> rules = [];

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public SettingRules<T> Whole(string name, Func<T, long> value, long min, long max)
    {
        rules.Add(options => value(options) is var v && (v < min || v > max)
            ? Problem(name, Invariant(v), $"ต้องเป็นจำนวนเต็มตั้งแต่ {Invariant(min)} ถึง {Invariant(max)}", $"must be a whole number from {Invariant(min)} to {Invariant(max)}")
            : null);
        return this;
    }

    /// <summary>A duration (hh:mm:ss) from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public SettingRules<T> Duration(string name, Func<T, TimeSpan> value, TimeSpan min, TimeSpan max)
    {
        rules.Add(options => value(options) is var v && (v < min || v > max)
            ? Problem(name, v.ToString("c", CultureInfo.InvariantCulture),
                $"ต้องเป็นระยะเวลาตั้งแต่ {min.ToString("c", CultureInfo.InvariantCulture)} ถึง {max.ToString("c", CultureInfo.InvariantCulture)}",
                $"must be a duration from {min.ToString("c", CultureInfo.InvariantCulture)} to {max.ToString("c", CultureInfo.InvariantCulture)}")
            : null);
        return this;
    }

    /// <summary>One of <paramref name="allowed"/> (compared without regard to case).</summary>
    public SettingRules<T> OneOf(string name, Func<T, string?> value, params string[] allowed)
    {
        rules.Add(options => value(options) is { } v && !allowed.Contains(v, StringComparer.OrdinalIgnoreCase)
            ? Problem(name, v, "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้ " + string.Join(", ", allowed), "must be one of " + string.Join(", ", allowed))
            : null);
        return this;
    }

    /// <summary>Any other rule: <paramref name="check"/> is false for a bad value.</summary>
    public SettingRules<T> Must(string name, Func<T, bool> check, string thai, string english)
    {
        rules.Add(options => check(options) ? null : $"{Key(name)}: {thai} / {english}");
        return this;
    }

    public ValidateOptionsResult Validate(string? name, T options)
    {
        var problems = rules.Select(rule => rule(options)).OfType<string>().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private string Key(string name) => section + ":" + name;

    private string Problem(string name, string value, string thai, string english) =>
        $"{Key(name)} = {value}: {thai} / {english}";

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

public static class SettingRulesExtensions
{
    /// <summary>Checks the settings of <paramref name="builder"/> (bound from <paramref name="section"/>) when the app starts.</summary>
    public static OptionsBuilder<T> Checked<T>(this OptionsBuilder<T> builder, string section, Action<SettingRules<T>> rules)
        where T : class
    {
        var checks = new SettingRules<T>(section);
        rules(checks);
        builder.Services.AddSingleton<IValidateOptions<T>>(checks);
        return builder.ValidateOnStart();
    }
}
