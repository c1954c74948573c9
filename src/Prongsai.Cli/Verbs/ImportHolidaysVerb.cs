using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Organizations;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>The platform Operator imports the yearly list of public holidays that working-day deadlines skip.</summary>
public sealed class ImportHolidaysVerb : IVerb
{
    public string Name => "import-holidays";
    public string Summary => "นำเข้าวันหยุดราชการประจำปี / import the yearly public holidays (csv)";
    public string Help =>
        "prongsai import-holidays FILE\n" +
        "  FILE: UTF-8 CSV, one day per line: date,name (13/4/2570,วันสงกรานต์ — พ.ศ. dates, Thai month names or ISO dates).\n" +
        "  Replaces the imported days of the years in the file; days added by hand stay. All or nothing.";

    public VerbOptions Options { get; } = new VerbOptions().Positional("FILE");

    public async Task<int> RunAsync(VerbContext context)
    {
        var path = context.Args.Positional.FirstOrDefault() ?? throw new UsageException("ต้องระบุไฟล์ / FILE is required");
        if (!File.Exists(path))
        {
            return context.Fail($"ไม่พบไฟล์ {path}", "file not found");
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return context.Fail("ไฟล์ต้องบันทึกเป็น UTF-8", "the file must be UTF-8");
        }

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ManagePublicHolidays>().ImportAsync(StaffActor.PlatformOperator(), text);
        if (!result.Succeeded)
        {
            return context.FailImport(result.Errors);
        }

        context.Out.WriteLine($"นำเข้าแล้ว / imported: {result.Value!.Imported} วัน / days · พ.ศ. {string.Join(", ", result.Value.BuddhistYears)}");
        return CliApp.Ok;
    }
}
