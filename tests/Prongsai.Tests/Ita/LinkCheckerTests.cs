using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prongsai.Core.Common;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Ita.Links;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>The link checker against a local HTTP server on 127.0.0.1; nothing leaves the machine.</summary>
public sealed class LinkCheckerTests : IAsyncLifetime
{
    private WebApplication? server;
    private string origin = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server = builder.Build();
        const string page = "<html><head><title>ข้อมูล</title></head><body><h1>โครงสร้างหน่วยงาน</h1><p>ข้อมูลที่ผู้ประเมินต้องการเห็นบนหน้านี้</p></body></html>";
        server.MapGet("/ok", () => Results.Content(page, "text/html; charset=utf-8"));
        server.MapGet("/missing", () => Results.NotFound());
        server.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        server.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        server.MapGet("/moved", () => Results.Redirect("/ok"));
        server.MapGet("/to-private", () => Results.Redirect("http://10.1.2.3/secret"));
        server.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        server.MapGet("/slow", async (HttpContext context) => { await Task.Delay(Timeout.Infinite, context.RequestAborted); });
        server.MapGet("/members", () => Results.Redirect("/account/login?return=/members"));
        server.MapGet("/account/login", () => Results.Content("<html><body><form><input name=u><input type=\"password\" name=p></form></body></html>", "text/html"));
        server.MapGet("/portal", () => Results.Content("<html><body><h1>สมาชิก</h1><p>กรุณาเข้าสู่ระบบเพื่อดูเอกสาร</p><input type=password></body></html>", "text/html"));
        server.MapGet("/empty", () => Results.Content("", "text/html"));
        server.MapGet("/blank", () => Results.Content("<html><head><script>var x = 'มีแต่สคริปต์ ไม่มีเนื้อหา';</script></head><body>  </body></html>", "text/html"));
        await server.StartAsync();
        origin = server.Urls.Single();
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>The checker as tests use it: only this loopback server is allowed, every other private address refused.</summary>
    private ExternalLinkChecker Checker(int timeoutSeconds = 5) =>
        new(new LinkCheckerOptions { TimeoutSeconds = timeoutSeconds }, a => IPAddress.IsLoopback(a));

    private async Task<LinkCheckResult> CheckAsync(string path, int timeoutSeconds = 5)
    {
        using var checker = Checker(timeoutSeconds);
        return await checker.CheckAsync(new Uri(origin + path), CancellationToken.None);
    }

    [Fact]
    public async Task A_page_with_content_is_ok_even_after_a_redirect()
    {
        Assert.Equal(LinkCheckOutcome.Ok, (await CheckAsync("/ok")).Outcome);
        Assert.Equal(LinkCheckOutcome.Ok, (await CheckAsync("/moved")).Outcome);
    }

    [Fact]
    public async Task Not_found_and_redirect_loops_are_reported()
    {
        Assert.Equal(LinkCheckOutcome.NotFound, (await CheckAsync("/missing")).Outcome);
        Assert.Equal(LinkCheckOutcome.TooManyRedirects, (await CheckAsync("/loop-a")).Outcome);
    }

    [Fact]
    public async Task Redirects_to_private_and_link_local_addresses_are_refused_at_connect_time()
    {
        var toPrivate = await CheckAsync("/to-private");
        Assert.Equal(LinkCheckOutcome.Refused, toPrivate.Outcome);
        Assert.Contains("10.1.2.3", toPrivate.Message, StringComparison.Ordinal);
        Assert.Equal(LinkCheckOutcome.Refused, (await CheckAsync("/to-metadata")).Outcome);
    }

    [Fact]
    public async Task The_default_policy_refuses_loopback_itself()
    {
        using var checker = new ExternalLinkChecker(Microsoft.Extensions.Options.Options.Create(new LinkCheckerOptions()));
        Assert.Equal(LinkCheckOutcome.Refused, (await checker.CheckAsync(new Uri(origin + "/ok"), CancellationToken.None)).Outcome);
        using var localhost = new ExternalLinkChecker(Microsoft.Extensions.Options.Options.Create(new LinkCheckerOptions()));
        Assert.Equal(LinkCheckOutcome.Refused, (await localhost.CheckAsync(new Uri(origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/ok"), CancellationToken.None)).Outcome);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.8", false)]
    [InlineData("172.20.1.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("203.150.10.1", true)]
    [InlineData("2404:6800:4001::200e", true)]
    public void Address_policy(string address, bool isPublic) => Assert.Equal(isPublic, AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        var result = await CheckAsync("/slow", timeoutSeconds: 1);
        Assert.Equal(LinkCheckOutcome.Unreachable, result.Outcome);
        Assert.Contains("หมดเวลา", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_pages_and_empty_pages_are_not_evidence()
    {
        Assert.Equal(LinkCheckOutcome.LoginPage, (await CheckAsync("/members")).Outcome);
        Assert.Equal(LinkCheckOutcome.LoginPage, (await CheckAsync("/portal")).Outcome);
        Assert.Equal(LinkCheckOutcome.EmptyPage, (await CheckAsync("/empty")).Outcome);
        Assert.Equal(LinkCheckOutcome.EmptyPage, (await CheckAsync("/blank")).Outcome);
    }

    [Theory, Providers]
    public async Task The_job_checks_confirmed_links_and_keeps_the_results(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, settings: new() { ["Prongsai:Ita:LinkChecker:AllowPrivateAddresses"] = "true" });
        var documentId = await ItaTestData.PublishAsync(host, "service-manuals", 2566, "คู่มือปีก่อน");
        await ItaTestData.OpenAsync(host, 2567);
        var admin = ItaTestData.System(host);
        var service = await ItaTestData.ItemAsync(host, 2567, "service-manual");
        var structure = await ItaTestData.ItemAsync(host, 2567, "structure");
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(admin, structure.Id, new ExternalEvidenceInput(origin + "/ok", "โครงสร้าง"))));
        ItaTestData.Succeeded(await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(admin, structure.Id, new ExternalEvidenceInput(origin + "/missing", "หน้าเก่า"))));
        var added = await host.RunAsync(async sp =>
        {
            // A document of the wrong year confirmed by hand: the checker says so.
            var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
            var item = await db.Set<ItaChecklistItem>().FirstAsync(i => i.Id == service.Id);
            item.Evidence.Add(new ItaEvidence
            {
                Kind = ItaEvidenceKind.Document, State = ItaEvidenceState.Confirmed, Title = "คู่มือปีก่อน", Url = $"/{host.Slug}/documents/{documentId}",
                SourceKey = "documents", SourceItemId = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture), FiscalYear = 2566, CreatedBy = "test",
            });
            return await db.SaveChangesAsync();
        });
        Assert.True(added > 0);

        Assert.Contains(host.OrganizationId, await host.RunAsync(sp => sp.GetRequiredService<ItaLinkCheckJob>().OrganizationsWithWork(sp.GetRequiredService<Core.Data.ProngsaiDbContext>()).ToListAsync()));
        await host.RunAsync(async sp => { await sp.GetRequiredService<ItaLinkCheckJob>().RunAsync(CancellationToken.None); return 0; });

        var results = await host.QueryAsync(db => db.Set<ItaEvidence>().Where(e => e.State == ItaEvidenceState.Confirmed).ToListAsync());
        Assert.Equal(LinkCheckOutcome.Ok, results.Single(e => e.Url.EndsWith("/ok", StringComparison.Ordinal)).LinkOutcome);
        Assert.Equal(LinkCheckOutcome.NotFound, results.Single(e => e.Url.EndsWith("/missing", StringComparison.Ordinal)).LinkOutcome);
        Assert.Equal(LinkCheckOutcome.WrongFiscalYear, results.Single(e => e.Kind == ItaEvidenceKind.Document).LinkOutcome);
        Assert.All(results, e => Assert.NotNull(e.LinkCheckedAt));
        Assert.Empty(await host.RunAsync(sp => sp.GetRequiredService<ItaLinkCheckJob>().OrganizationsWithWork(sp.GetRequiredService<Core.Data.ProngsaiDbContext>()).ToListAsync()));
    }

    [Theory, Providers]
    public async Task A_feature_page_is_checked_by_asking_its_source_so_a_reopened_risk_assessment_is_reported(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CorruptionRisks.RisksTestData.TeamAsync(host);
        await CorruptionRisks.RisksTestData.ApprovedAsync(host, team, 2567, CorruptionRisks.RisksTestData.Risk(null));
        await ItaTestData.OpenAsync(host, 2567);
        await host.RunAsync(async sp =>
        {
            // The suggested risk page confirmed, and a page of a feature this installation no longer has.
            var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
            var suggested = await db.Set<ItaEvidence>().Where(e => e.Kind == ItaEvidenceKind.FeaturePage && e.SourceKey == "corruption-risks").ToListAsync();
            Assert.NotEmpty(suggested);
            suggested.ForEach(e => e.State = ItaEvidenceState.Confirmed);
            var item = await db.Set<ItaChecklistItem>().FirstAsync(i => i.Id == suggested[0].ChecklistItemId);
            item.Evidence.Add(new ItaEvidence
            {
                Kind = ItaEvidenceKind.FeaturePage, State = ItaEvidenceState.Confirmed, Title = "หน้าเก่า", Url = $"/{host.Slug}/old-feature",
                SourceKey = "old-feature", SourceItemId = "2567", FiscalYear = 2567, CreatedBy = "test",
            });
            return await db.SaveChangesAsync();
        });

        var checkedOnce = await CheckAllAsync(host);
        Assert.All(checkedOnce.Where(e => e.SourceKey == "corruption-risks"), e => Assert.Equal(LinkCheckOutcome.Ok, e.LinkOutcome));
        Assert.Equal(LinkCheckOutcome.NotFound, checkedOnce.Single(e => e.SourceKey == "old-feature").LinkOutcome);

        // Reopened, the year's page answers 404 on the website: the checklist must say so before an assessor finds it.
        CorruptionRisks.RisksTestData.Succeeded(await CorruptionRisks.RisksTestData.ReopenAsync(host, team.Executive.Actor, "แยกความเสี่ยงการจัดซื้อ", 2567));
        var checkedAgain = await CheckAllAsync(host);
        Assert.All(checkedAgain.Where(e => e.SourceKey == "corruption-risks"), e =>
        {
            Assert.Equal(LinkCheckOutcome.NotPublished, e.LinkOutcome);
            Assert.Contains("ไม่ได้เผยแพร่", e.LinkMessage, StringComparison.Ordinal);
        });
    }

    [Theory, Providers]
    public async Task The_anti_corruption_plan_and_its_six_month_report_are_suggested_for_their_own_items_and_checked_through_their_source(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await AntiCorruption.PlanTestData.TeamAsync(host);
        var project = (await AntiCorruption.PlanTestData.ApprovedAsync(host, team, 2567, AntiCorruption.PlanTestData.Project(null)))[0];
        AntiCorruption.PlanTestData.Succeeded(await AntiCorruption.PlanTestData.ReportAsync(host, team.Admin.Actor, project.Id,
            Core.CorruptionRisks.FollowUpRound.HalfYear, AntiCorruption.PlanTestData.Progress()));
        await ItaTestData.OpenAsync(host, 2567);
        var suggested = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
            var evidence = await db.Set<ItaEvidence>().Where(e => e.Kind == ItaEvidenceKind.FeaturePage && e.SourceKey == "anti-corruption-plan")
                .Join(db.Set<ItaChecklistItem>(), e => e.ChecklistItemId, i => i.Id, (e, i) => new { Evidence = e, Key = i.ItemKey }).ToListAsync();
            evidence.ForEach(e => e.Evidence.State = ItaEvidenceState.Confirmed);
            await db.SaveChangesAsync();
            return evidence.Select(e => (e.Key, e.Evidence.Url)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        });
        Assert.Equal(
            [("anti-corruption-6-month-report", $"/{host.Slug}/anti-corruption/2567#round-6"), ("anti-corruption-plan", $"/{host.Slug}/anti-corruption/2567")],
            suggested);

        Assert.All((await CheckAllAsync(host)).Where(e => e.SourceKey == "anti-corruption-plan"), e => Assert.Equal(LinkCheckOutcome.Ok, e.LinkOutcome));
        AntiCorruption.PlanTestData.Succeeded(await AntiCorruption.PlanTestData.ReopenAsync(host, team.Executive.Actor, "เพิ่มโครงการ", 2567));
        Assert.All((await CheckAllAsync(host)).Where(e => e.SourceKey == "anti-corruption-plan"), e => Assert.Equal(LinkCheckOutcome.NotPublished, e.LinkOutcome));
    }

    /// <summary>Runs the job over every confirmed link as if none had been checked yet, and reads the results.</summary>
    private static async Task<List<ItaEvidence>> CheckAllAsync(MeasuresTestHost host)
    {
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
            await db.Set<ItaEvidence>().ForEachAsync(e => e.LinkCheckedAt = null);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<ItaLinkCheckJob>().RunAsync(CancellationToken.None);
            return 0;
        });
        return await host.QueryAsync(db => db.Set<ItaEvidence>().Where(e => e.State == ItaEvidenceState.Confirmed).ToListAsync());
    }
}
