using System.Globalization;

namespace Prongsai.Bench;

/// <summary>
/// prongsai-bench VERB [--name value ...]:
///   generate  seed synthetic organizations into the configured database (once; existing ones are kept);
///             with --bulk, by COPY into PostgreSQL (Bulk/BulkGenerator)
///   write     many concurrent writers creating departments, recording every acknowledged name (crash.sh)
///   churn     a few staff writers creating, renaming and deleting departments (soak.sh)
///   verify    check that every acknowledged name is present after a restart (crash.sh)
///   mixed     mixed public reads, searches and staff writes with per-page percentiles (mixed-load.sh)
/// Database settings as for the app: Database__Provider, ConnectionStrings__Prongsai, Prongsai__DataDirectory.
/// </summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("usage: prongsai-bench generate|write|churn|verify [--option value ...] (see bench/README.md)");
            return 2;
        }

        var options = Options.Parse(args.Skip(1));
        try
        {
            return args[0] switch
            {
                "generate" => options.Flag("bulk") ? await Bulk.BulkGenerator.RunAsync(options) : await Generator.RunAsync(options),
                "write" => await Writers.WriteAsync(options),
                "churn" => await Writers.ChurnAsync(options),
                "verify" => await Writers.VerifyAsync(options),
                "mixed" => await MixedLoad.RunAsync(options),
                _ => Usage($"unknown verb {args[0]}"),
            };
        }
        catch (ArgumentException exception)
        {
            return Usage(exception.Message);
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("prongsai-bench: " + message);
        return 2;
    }
}

/// <summary>--name value pairs.</summary>
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    values[name] = "true";
                }

                name = arg[2..];
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"unexpected argument {arg}");
            }
        }

        if (name is not null)
        {
            values[name] = "true";
        }

        return new Options(values);
    }

    public string Text(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");

    public bool Flag(string name) => values.TryGetValue(name, out var value) && value == "true";

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
