using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Organizations;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// prongsai ita-catalog-updates: what the Operator's page /staff/operator/ita-catalogs offers after an upgrade — the saved
/// catalogs whose file this release ships differently, with what would change — and, with --take, taking one through
/// the page's own use case, so a deployment script can do it without a browser.
/// </summary>
public sealed class ItaCatalogUpdatesVerb : IVerb
{
    public string Name => "ita-catalog-updates";
    public string Summary => "รายการ ITA ฉบับใหม่ที่มากับโปรแกรม / ITA catalogs this release ships differently";
    public string Help =>
        "prongsai ita-catalog-updates [--take FISCAL_YEAR [--variant lao] [--replace-own-import]]\n" +
        "  Without --take, lists every saved ITA catalog whose file in this release differs, with what taking it would change\n" +
        "  for every organization's checklist of that year, and saves nothing.\n" +
        "  --take saves the shipped file as the next revision of that year and variant, as the Operator's page does. A catalog\n" +
        "  the Operator imported is replaced only with --replace-own-import. Exit code 1 when there is nothing to take.";

    public VerbOptions Options { get; } = new VerbOptions().Value("take").Value("variant").Flag("replace-own-import");

    public async Task<int> RunAsync(VerbContext context)
    {
        var take = context.Args.Optional("take");
        int? fiscalYear = take is null ? null
            : int.TryParse(take, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2400 and <= 3000 ? year
            : throw new UsageException("--take ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2569 / --take must be a Buddhist-era fiscal year, e.g. 2569");
        var variant = context.Args.Optional("variant") ?? CatalogVersion.DefaultVariant;

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var updates = scope.ServiceProvider.GetRequiredService<ShippedCatalogUpdates>();
        if (fiscalYear is null)
        {
            var offered = await updates.ListAsync();
            if (offered.Count == 0)
            {
                context.Out.WriteLine("รายการ ITA ที่บันทึกไว้ตรงกับที่มากับโปรแกรมรุ่นนี้ทุกปี / every saved ITA catalog matches this release");
            }

            foreach (var update in offered)
            {
                Print(context.Out, update);
            }

            return CliApp.Ok;
        }

        if (await updates.FindAsync(fiscalYear.Value, variant) is not { } found)
        {
            return context.Fail(string.Create(CultureInfo.InvariantCulture,
                $"รายการ ITA ปีงบประมาณ {fiscalYear} ({variant}) ไม่มีฉบับใหม่จากโปรแกรม"), "nothing to take for that year and variant");
        }

        Print(context.Out, found);
        if (!found.CurrentIsShipped && !context.Args.Flag("replace-own-import"))
        {
            return context.Fail("ฉบับที่ใช้อยู่เป็นฉบับที่ผู้ดูแลระบบนำเข้าเอง จะแทนที่ก็ต่อเมื่อระบุ --replace-own-import",
                "the current revision is the Operator's own import: add --replace-own-import to replace it");
        }

        var result = await scope.ServiceProvider.GetRequiredService<TakeShippedItaCatalog>().RunAsync(
            new TakeShippedCatalogRequest(StaffActor.PlatformOperator(), fiscalYear.Value, variant, found.CurrentRevision));
        if (!result.Succeeded)
        {
            return context.FailImport(result.Errors);
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"บันทึกแล้ว ฉบับที่ {result.Value!.Next.Revision} / saved as revision {result.Value.Next.Revision}"));
        return CliApp.Ok;
    }

    /// <summary>"ปีงบประมาณ 2568 (lao) ฉบับที่ 1 → 2 · …", then one line per kind of change.</summary>
    private static void Print(TextWriter output, ShippedCatalogUpdate update)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ปีงบประมาณ / fiscal year {update.FiscalYear} ({update.Variant}) ฉบับที่ / revision {update.CurrentRevision} → {update.Next.Revision} · ") +
            (update.CurrentIsShipped
                ? "ฉบับที่ใช้อยู่มากับโปรแกรมรุ่นก่อน ไม่มีใครแก้ไข / the current one came unchanged with an earlier release"
                : "ฉบับที่ใช้อยู่นำเข้าโดยผู้ดูแลระบบ / the current one is the Operator's own import"));
        output.WriteLine("  " + update.Label);
        foreach (var line in CatalogDifferenceText.Lines(update.Difference, (thai, english) => thai + " / " + english))
        {
            output.WriteLine("  - " + line);
        }
    }
}
