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

        if (args.Skip(1).TakeWhile(a => a != "--").Any(a => a is "--help" or "-h"))
        {
            output.WriteLine(verb.Help);
            return Ok;
        }

        // Everything the verb does, its set-up included, is inside: an error nobody expected still ends as one line in
        // Thai and English with exit code 1 (README), never as the runtime's unhandled exception and code 134.
        try
        {
            return await RunVerbAsync(verb, args, output, error, settings);
        }
        catch (UsageException usage)
        {
            error.WriteLine(usage.Message);
            error.WriteLine(verb.Help);
            return UsageError;
        }
        catch (Exception exception)
        {
            foreach (var line in CliFailures.Describe(exception))
            {
                error.WriteLine(line);
            }

            return DataError;
        }
    }

    private static async Task<int> RunVerbAsync(IVerb verb, string[] args, TextWriter output, TextWriter error, IDictionary<string, string?>? settings)
    {
        // The whole command line is read before anything else: a mistyped option is refused before the database is
        // touched, rather than warned about after the verb has saved.
        var (verbArgs, commandLineSettings) = CliConfiguration.Split(args.Skip(1));
        var arguments = new ArgReader(verbArgs, verb.Options);

        IConfigurationRoot configuration;
        try
        {
            configuration = CliConfiguration.Build(settings, commandLineSettings);
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException)
        {
            error.WriteLine("อ่านไฟล์ตั้งค่า appsettings.json ไม่ได้ / cannot read appsettings.json: " + (exception.InnerException ?? exception).Message);
            return UsageError;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddDataProtection().SetApplicationName("Prongsai").PersistKeysToDbContext<Prongsai.Core.Data.ProngsaiDbContext>();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("command-line"));
        string database;
        try
        {
            services.AddProngsaiData(configuration);
            database = DataServices.Describe(configuration);
        }
        catch (InvalidOperationException exception)
        {
            error.WriteLine("การตั้งค่าไม่ถูกต้อง / Bad configuration: " + exception.Message);
            return UsageError;
        }

        services.AddProngsaiCore();
        CliFeatures.Add(services, configuration);

        await using var provider = services.BuildServiceProvider();
        var state = await DataServices.StateAsync(provider);
        if (!verb.SetsUpInstallation && state != DatabaseState.Installed)
        {
            error.WriteLine(state == DatabaseState.Missing
                ? $"ไม่พบฐานข้อมูล {database} คำสั่งนี้ใช้กับระบบที่ติดตั้งแล้ว จึงไม่ได้สร้างไฟล์ใด ๆ — ตรวจ Prongsai:DataDirectory หรือ ConnectionStrings:Prongsai " +
                  $"หรือเรียกคำสั่งจากโฟลเดอร์ของเว็บแอป / no database at {database}: this verb works on an existing installation and created nothing; " +
                  "check Prongsai:DataDirectory or ConnectionStrings:Prongsai, or run it from the web app's folder"
                : $"ฐานข้อมูล {database} ยังไม่มีตารางของโปร่งใส — ตรวจการตั้งค่า หรือถ้าเป็นระบบใหม่ให้เรียก prongsai migrate ก่อน / " +
                  $"the database {database} has no Prongsai tables: check the settings, or run prongsai migrate first for a new installation");
            return DataError;
        }

        var code = await verb.RunAsync(new VerbContext(provider, configuration, arguments, output, error));
        if (state == DatabaseState.Missing && code == Ok && !verb.ReportsTheDatabaseItMakes)
        {
            // A set-up verb made the database: say where, so one made in the wrong place is noticed at once.
            output.WriteLine($"สร้างฐานข้อมูลใหม่ / created a new database: {database}");
        }

        return code;
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
        output.WriteLine("การตั้งค่าอ่านแบบเดียวกับเว็บแอป / Configuration is read as the web app reads it:");
        output.WriteLine("  appsettings.json (and appsettings.{Environment}.json) in the working directory — run prongsai from the web app's folder —,");
        output.WriteLine("  then environment variables (Database__Provider, ConnectionStrings__Prongsai, Prongsai__DataDirectory, …),");
        output.WriteLine("  then --Section:Key=value options (e.g. --Prongsai:DataDirectory=/srv/prongsai/data).");
        var setUp = string.Join(", ", Verbs.Where(v => v.SetsUpInstallation).Select(v => v.Name));
        output.WriteLine($"คำสั่งอื่นนอกจาก {setUp} ไม่สร้างฐานข้อมูลใหม่ / verbs other than {setUp} refuse a database that is not there.");
    }
}
