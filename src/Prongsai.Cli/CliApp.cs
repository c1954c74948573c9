using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prongsai.Cli.Verbs;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>
/// The admin command line. Exit codes: 0 success, 1 an error in the input or the data,
/// 2 wrong usage. Errors go to standard error in Thai and English.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int DataError = 1;
    public const int UsageError = 2;

    /// <summary>
    /// Every verb of every feature: each <see cref="IVerb"/> class of this assembly, found at start, in name order —
    /// a feature adds its verbs by adding their classes, without editing a list here.
    /// </summary>
    public static IReadOnlyList<IVerb> Verbs { get; } = typeof(CliApp).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IVerb).IsAssignableFrom(t))
        .Select(t => (IVerb)Activator.CreateInstance(t)!)
        .OrderBy(v => v.Name, StringComparer.Ordinal)
        .ToList();

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IDictionary<string, string?>? settings = null)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            WriteUsage(output);
            return args.Length == 0 ? UsageError : Ok;
        }

        var verb = Verbs.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            error.WriteLine($"ไม่รู้จักคำสั่ง \"{args[0]}\" / Unknown verb \"{args[0]}\". ดู / see: prongsai --help");
            return UsageError;
        }

        var arguments = new ArgReader(args.Skip(1));
        if (arguments.Flag("help") || arguments.Flag("h"))
        {
            output.WriteLine(verb.Help);
            return Ok;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddDataProtection().SetApplicationName("Prongsai").PersistKeysToDbContext<Prongsai.Core.Data.ProngsaiDbContext>();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("command-line"));
        try
        {
            services.AddProngsaiData(configuration);
        }
        catch (InvalidOperationException exception)
        {
            error.WriteLine("การตั้งค่าไม่ถูกต้อง / Bad configuration: " + exception.Message);
            return UsageError;
        }

        services.AddProngsaiCore();
        CliFeatures.Add(services, configuration);

        await using var provider = services.BuildServiceProvider();
        try
        {
            var context = new VerbContext(provider, configuration, arguments, output, error);
            var code = await verb.RunAsync(context);
            if (code == Ok && arguments.Unused().FirstOrDefault() is { } unknown)
            {
                error.WriteLine($"คำเตือน: ไม่รู้จักตัวเลือก --{unknown} / Warning: unknown option --{unknown}");
            }

            return code;
        }
        catch (UsageException usage)
        {
            error.WriteLine(usage.Message);
            error.WriteLine(verb.Help);
            return UsageError;
        }
    }

    private static void WriteUsage(TextWriter output)
    {
        output.WriteLine("prongsai — เครื่องมือผู้ดูแลระบบโปร่งใส / Prongsai admin command line");
        output.WriteLine("การใช้ / usage: dotnet run --project src/Prongsai.Cli -- VERB [options]   (VERB --help for details)");
        output.WriteLine();
        foreach (var verb in Verbs)
        {
            output.WriteLine($"  {verb.Name,-16} {verb.Summary}");
        }

        output.WriteLine();
        output.WriteLine("Configuration as for the web app: Database__Provider, ConnectionStrings__Prongsai, Prongsai__DataDirectory.");
    }
}
