using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Features;
using Prongsai.Core.Jobs;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Architecture;

/// <summary>What features register reaches the shared parts: permissions, menu, jobs, ledger and evidence sources.</summary>
public sealed class FeatureRegistrationTests
{
    [Fact]
    public void Declarations_are_checked_when_the_registry_is_built()
    {
        var registry = FeatureRegistry.Current;
        Assert.Contains(registry.Menu, m => m.Path == "measures");
        Assert.All(registry.Menu, m => Assert.NotNull(registry.Find(m.Permission)));
        Assert.False(registry.Allows([OrgRole.OrgAdmin], "NoSuchPermission"));

        var twice = Assert.Throws<InvalidOperationException>(() => FeatureRegistry.Build([new Declares("Twice"), new Declares("Twice")], new ServiceCollection()));
        Assert.Contains("Twice", twice.Message, StringComparison.Ordinal);
        var menu = Assert.Throws<InvalidOperationException>(() => FeatureRegistry.Build([new MenuWithout()], new ServiceCollection()));
        Assert.Contains("Undeclared", menu.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_feature_brings_its_jobs_ledger_sources_evidence_sources_and_cards()
    {
        var services = new ServiceCollection();
        FeatureRegistry.Build(ProngsaiFeatures.All, services);
        Types<IBackgroundJob>(services, "SendMailJob", "ScheduledDocumentsJob", "AttachmentTextJob", "MeasuresReportIndexer", "PurgeTrashJob", "ItaRemindersJob", "ItaLinkCheckJob", "LateRequestsJob", "BudgetSearchIndexer", "ProcurementSearchIndexer");
        Types<ISearchIndexer>(services, "MeasuresReportIndexer", "BudgetSearchIndexer", "ProcurementSearchIndexer");
        Types<ILedgerItemSource>(services, "DocumentLedgerSource", "MeasuresReportLedgerSource");
        Types<IEvidenceSource>(services, "DocumentEvidenceSource", "AboutPageEvidenceSource", "MeasuresReportEvidenceSource",
            "QaEvidenceSource", "ComplaintRulesEvidenceSource", "ComplaintStatisticsEvidenceSource", "EServiceEvidenceSource",
            "BudgetEvidenceSource", "ProcurementEvidenceSource", "GiftsEvidenceSource", "RisksEvidenceSource", "PlanEvidenceSource", "ConsultationsEvidenceSource", "SatisfactionEvidenceSource", "SocialNetworkEvidenceSource",
            "ServiceStatisticsEvidenceSource");
        Types<Core.Trash.ITrashKind>(services, "MeasureTrash", "MeasureStepTrash", "DocumentTrash", "ExecutiveTrash", "ExecutivePhotoTrash", "EmblemTrash", "ItaEvidenceTrash",
            "CorruptionRiskTrash", "PlanProjectTrash", "BudgetPlanTrash", "BudgetLineTrash", "ProcurementRecordTrash", "ProcurementPlanItemTrash");
        Types<IDashboardCard>(services, "AdministrationCard", "MeasuresCard", "DocumentsCard", "ItaCard", "RequestsCard", "CircularsCard", "AssetsCard",
            "BudgetCard", "ProcurementCard", "GiftsCard", "RisksCard", "PlanCard", "ConsultationsCard", "SatisfactionCard", "ServiceStatisticsCard");
    }

    [Theory, Providers]
    public async Task Evidence_sources_offer_published_content_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var editor = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        var (categoryId, slug) = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, host.OrganizationId);
            var category = await db.DocumentCategories.OrderBy(c => c.Id).FirstAsync();
            return (category.Id, category.Slug);
        });

        async Task<int> DocumentAsync(string title, bool publish) => await host.RunAsync(async sp =>
        {
            var saved = await sp.GetRequiredService<SaveDocument>().RunAsync(null, new DocumentInput(title, "", "", categoryId, null, 2568), [], [], editor);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
            if (publish)
            {
                Assert.True((await sp.GetRequiredService<PublishDocument>().PublishNowAsync(saved.Value!.Id, editor)).Succeeded);
            }

            return saved.Value!.Id;
        });
        var published = await DocumentAsync("คู่มือการให้บริการประชาชน", publish: true);
        await DocumentAsync("ร่างคู่มือ", publish: false);

        var candidates = await host.RunAsync(async sp =>
        {
            var all = new List<EvidenceCandidate>();
            foreach (var source in sp.GetServices<IEvidenceSource>())
            {
                all.AddRange(await source.FindAsync(2568, CancellationToken.None));
            }

            return all;
        });

        var document = Assert.Single(candidates);
        Assert.Equal("documents", document.SourceKey);
        Assert.Equal($"/{host.Slug}/documents/{published}", document.PublicPath);
        Assert.Equal([slug], document.Tags);
        Assert.Empty(await host.RunAsync(sp => sp.GetServices<IEvidenceSource>().Single(s => s.Key == "documents").FindAsync(2567, CancellationToken.None)));
    }

    /// <summary>Exactly these implementations are registered for T (by their class or, for factories, as themselves).</summary>
    private static void Types<T>(ServiceCollection services, params string[] expected)
    {
        Assert.Equal(expected.Length, services.Count(d => d.ServiceType == typeof(T)));
        foreach (var name in expected)
        {
            Assert.Contains(services, d => (d.ServiceType == typeof(T) && d.ImplementationType?.Name == name)
                || (d.ServiceType.Name == name && typeof(T).IsAssignableFrom(d.ServiceType)));
        }
    }

    private sealed class Declares(string key) : IFeature
    {
        public void Register(FeatureBuilder feature) => feature.Permission(key, "ทดสอบ", "Test", OrgRole.OrgAdmin);
    }

    private sealed class MenuWithout : IFeature
    {
        public void Register(FeatureBuilder feature) => feature.MenuEntry(StaffMenuGroup.Work, 1, "x", "x", "x", "Undeclared");
    }
}
