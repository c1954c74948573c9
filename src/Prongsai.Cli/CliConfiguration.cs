using Microsoft.Extensions.Configuration;
using Prongsai.Cli.Verbs;

namespace Prongsai.Cli;

/// <summary>
/// The command line's settings, read as the web app reads its own (<c>WebApplication.CreateBuilder</c>), so that a
/// command run where the app runs — its folder, its environment — finds the same database: appsettings.json and
/// appsettings.{Environment}.json from the working directory (the app's content root: run.sh and the README start it
/// from its folder), then environment variables, then <c>--Section:Key=value</c> options.
/// </summary>
public static class CliConfiguration
{
    /// <summary>
    /// The sections the platform reads. A command-line setting outside them is refused: it can only be a typing
    /// mistake, and a silently ignored <c>--Prongsia:DataDirectory</c> would back up the wrong database.
    /// </summary>
    public static IReadOnlyList<string> Sections { get; } = ["ConnectionStrings", "Database", "Logging", "Prongsai"];

    /// <summary>
    /// Takes the settings out of a verb's arguments: <c>--Section:Key=value</c> or <c>--Section:Key value</c> (a colon
    /// in the name; verbs' own options have none). Stops at "--", after which everything is the verb's.
    /// </summary>
    public static (List<string> Arguments, Dictionary<string, string?> Settings) Split(IEnumerable<string> args)
    {
        var list = args.ToList();
        var arguments = new List<string>();
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg == "--")
            {
                arguments.AddRange(list.Skip(i));
                break;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? (eq >= 0 ? arg[2..eq] : arg[2..]) : "";
            if (!name.Contains(':', StringComparison.Ordinal))
            {
                arguments.Add(arg);
                continue;
            }

            var section = name[..name.IndexOf(':', StringComparison.Ordinal)];
            if (!Sections.Contains(section, StringComparer.OrdinalIgnoreCase) || name.EndsWith(':'))
            {
                var known = string.Join(", ", Sections.Select(s => s + ":"));
                throw new UsageException($"ไม่รู้จักการตั้งค่า --{name} (ต้องขึ้นต้นด้วย {known}) / unknown setting --{name}; settings start with {known}");
            }

            if (eq >= 0)
            {
                settings[name] = arg[(eq + 1)..];
            }
            else if (i + 1 < list.Count && !ArgReader.IsOption(list[i + 1]))
            {
                settings[name] = list[++i];
            }
            else
            {
                throw new UsageException($"การตั้งค่า --{name} ต้องมีค่า / the setting --{name} needs a value");
            }
        }

        return (arguments, settings);
    }

    /// <param name="settings">Settings a host passes in (the tests' database), above the environment.</param>
    /// <param name="commandLine">The <c>--Section:Key</c> options, above everything, as on the web app's command line.</param>
    public static IConfigurationRoot Build(IDictionary<string, string?>? settings, IDictionary<string, string?> commandLine)
    {
        // The web app's environment name: ASPNETCORE_ENVIRONMENT over DOTNET_ENVIRONMENT, Production when neither is set.
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspNet ? aspNet
            : Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
            : "Production";
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(commandLine)
            .Build();
    }
}
