using Prongsai.Cli.Verbs;

namespace Prongsai.Cli;

/// <summary>
/// The options a verb takes, declared before it runs: an option it does not know is refused before anything is read or
/// written (a mistyped <c>--dryrun</c> must never save), and a flag is known to take no value, so it never swallows the
/// word after it.
/// </summary>
public sealed class VerbOptions
{
    private readonly Dictionary<string, VerbOption> byName = new(StringComparer.Ordinal);
    private readonly List<VerbOption> all = [];

    /// <summary>The name of the one positional argument (FILE), or null when the verb takes none.</summary>
    public string? PositionalName { get; private set; }

    public IReadOnlyList<VerbOption> All => all;

    /// <summary>An option with a value: <c>--name VALUE</c> or <c>--name=VALUE</c> (and <c>-s VALUE</c> with a short name).</summary>
    public VerbOptions Value(string name, char? shortName = null) => Add(new VerbOption(name, shortName, TakesValue: true));

    /// <summary>An option without a value: <c>--name</c>.</summary>
    public VerbOptions Flag(string name) => Add(new VerbOption(name, null, TakesValue: false));

    /// <summary>One positional argument, such as an import's FILE.</summary>
    public VerbOptions Positional(string name)
    {
        PositionalName = name;
        return this;
    }

    public VerbOption? Find(string name) => byName.GetValueOrDefault(name);

    private VerbOptions Add(VerbOption option)
    {
        all.Add(option);
        byName.Add(option.Name, option);
        if (option.ShortName is { } shortName)
        {
            byName.Add(shortName.ToString(), option);
        }

        return this;
    }
}

public sealed record VerbOption(string Name, char? ShortName, bool TakesValue)
{
    /// <summary>"--out (-o)" or "--org", as messages name it.</summary>
    public string Display => ShortName is { } s ? $"--{Name} (-{s})" : $"--{Name}";
}

/// <summary>
/// Reads a verb's arguments against its <see cref="VerbOptions"/>: "--name value", "--name=value", "-o value",
/// "--flag", one positional argument, and "--" before a positional that starts with a dash. Anything else is a
/// <see cref="UsageException"/> raised here, before the verb runs.
/// </summary>
public sealed class ArgReader
{
    private readonly VerbOptions declared;
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    public ArgReader(IEnumerable<string> args, VerbOptions declared)
    {
        this.declared = declared;
        var list = args.ToList();
        var onlyPositional = false;
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (onlyPositional || !IsOption(arg))
            {
                AddPositional(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositional = true;
                continue;
            }

            var text = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg[1..];
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            var name = eq >= 0 ? text[..eq] : text;
            var shown = arg[..(arg.Length - text.Length)] + name;
            var option = declared.Find(name) ?? throw new UsageException($"ไม่รู้จักตัวเลือก {shown} / unknown option {shown}");
            if (options.ContainsKey(option.Name))
            {
                throw new UsageException($"ระบุ {option.Display} ซ้ำ / {option.Display} is given twice");
            }

            if (!option.TakesValue)
            {
                options[option.Name] = eq >= 0
                    ? throw new UsageException($"{option.Display} ไม่ต้องมีค่า / {option.Display} takes no value")
                    : null;
            }
            else if (eq >= 0)
            {
                options[option.Name] = text[(eq + 1)..];
            }
            else if (i + 1 < list.Count && !IsOption(list[i + 1]))
            {
                options[option.Name] = list[++i];
            }
            else
            {
                throw new UsageException($"{option.Display} ต้องมีค่า / {option.Display} needs a value");
            }
        }
    }

    public IReadOnlyList<string> Positional => positional;

    /// <summary>
    /// "--name…" or a short "-x" (a letter): an option. A single dash, a negative number or "-abc" are values, so
    /// "--password -abc" still works; "--password=-a" gives a value that looks like a short option.
    /// </summary>
    public static bool IsOption(string arg) =>
        (arg.StartsWith("--", StringComparison.Ordinal) && (arg.Length == 2 || arg[2] != '-'))
        || (arg.Length >= 2 && arg[0] == '-' && char.IsAsciiLetter(arg[1]) && (arg.Length == 2 || arg[2] == '='));

    public bool Flag(string name) => options.ContainsKey(Declared(name, flag: true).Name);

    public string? Optional(string name) => options.GetValueOrDefault(Declared(name, flag: false).Name);

    public string Required(string name) =>
        Optional(name) is { Length: > 0 } value
            ? value
            : throw new UsageException($"ต้องระบุ {Declared(name, flag: false).Display} / {Declared(name, flag: false).Display} is required");

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

    private void AddPositional(string arg)
    {
        if (declared.PositionalName is null || positional.Count == 1)
        {
            throw new UsageException($"ไม่รู้จักอาร์กิวเมนต์ \"{arg}\" / unexpected argument \"{arg}\"");
        }

        positional.Add(arg);
    }

    /// <summary>A verb reads only what it declared: reading anything else is a mistake in the verb, not in the command.</summary>
    private VerbOption Declared(string name, bool flag) =>
        declared.Find(name) is { } option && option.TakesValue != flag
            ? option
            : throw new InvalidOperationException($"The verb reads --{name}, which its Options do not declare as a {(flag ? "flag" : "value")}.");
}
