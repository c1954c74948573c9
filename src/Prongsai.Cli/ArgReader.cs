using Prongsai.Cli.Verbs;

namespace Prongsai.Cli;

/// <summary>Reads "--name value", "--flag" and positional arguments, and remembers which were used.</summary>
public sealed class ArgReader
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public ArgReader(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) || (arg.StartsWith('-') && arg.Length == 2))
            {
                var name = arg.TrimStart('-');
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options[name[..eq]] = name[(eq + 1)..];
                }
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options[name] = list[++i];
                }
                else
                {
                    options[name] = null;
                }
            }
            else
            {
                positional.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positional => positional;

    public bool Flag(string name)
    {
        used.Add(name);
        return options.ContainsKey(name);
    }

    public string? Optional(string name, string? alias = null)
    {
        used.Add(name);
        if (alias is not null)
        {
            used.Add(alias);
        }

        return options.TryGetValue(name, out var value) || (alias is not null && options.TryGetValue(alias, out value)) ? value : null;
    }

    public string Required(string name, string? alias = null) =>
        Optional(name, alias) is { Length: > 0 } value
            ? value
            : throw new UsageException($"ต้องระบุ --{name} / --{name} is required");

    public int? OptionalInt(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} ต้องเป็นตัวเลข / --{name} must be a number");
    }

    public IEnumerable<string> Unused() => options.Keys.Where(k => !used.Contains(k));
}
