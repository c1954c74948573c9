using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Tenancy;

namespace Prongsai.Cli.Verbs;

/// <summary>Recomputes an organization's publication ledger from the live rows and stored files.</summary>
public sealed class VerifyLedgerVerb : IVerb
{
    public string Name => "verify-ledger";
    public string Summary => "ตรวจทะเบียนการเผยแพร่ / verify the publication ledger (exit 1 on the first bad entry)";
    public string Help => "prongsai verify-ledger --org SLUG\n  Recomputes every entry's hash and link, and each item's latest entry against the live\n  row and the stored files. Prints the head hash, or names the first bad entry (exit 1).";

    public VerbOptions Options { get; } = new VerbOptions().Value("org");

    public async Task<int> RunAsync(VerbContext context)
    {
        var slug = context.Args.Required("org");
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug);
        if (organization is null)
        {
            return context.Fail($"ไม่พบหน่วยงาน {slug}", $"no organization {slug}");
        }

        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
        var report = await scope.ServiceProvider.GetRequiredService<LedgerVerifier>().VerifyAsync(organization.Id);
        if (report.Ok)
        {
            context.Out.WriteLine($"ทะเบียนถูกต้อง / ledger OK: {report.Entries} entries, head {report.HeadHash ?? "(empty)"}");
            return CliApp.Ok;
        }

        var first = report.FirstBad!;
        context.Error.WriteLine(first.Sequence is { } sequence
            ? $"รายการแรกที่ไม่ถูกต้อง / first bad entry: #{sequence}: {first.Message}"
            : $"ไม่ถูกต้อง / bad: {first.Message}");
        foreach (var problem in report.Problems.Where(p => p != first))
        {
            context.Error.WriteLine($"  also {(problem.Sequence is { } s ? "#" + s : "-")}: {problem.Message}");
        }

        return CliApp.DataError;
    }
}
