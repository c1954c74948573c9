using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Core.Organizations;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;
using Prongsai.Data;

namespace Prongsai.Benchmarks;

/// <summary>Thai word segmentation of a report paragraph, and a search query over 500 indexed Thai documents in SQLite.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const string Paragraph =
        "ตามที่ได้กำหนดมาตรการ/แนวทางในการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลบางคา ในปีงบประมาณ พ.ศ. 2567 " +
        "และได้มีการดำเนินการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลบางคา ประจำปีงบประมาณ พ.ศ. 2567 " +
        "แล้วนั้น ขอแสดงผลการดำเนินการ ตามรายละเอียดดังต่อไปนี้ ประชาชนในพื้นที่มีการรับรู้เกี่ยวกับข้อมูลต่าง ๆ ในการมาติดต่อขอรับบริการ";

    private ServiceProvider provider = null!;
    private string directory = "";
    private int organizationId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        directory = Directory.CreateTempSubdirectory("prongsai-bench-search-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Prongsai:DataDirectory"] = directory,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("benchmark"));
        services.AddProngsaiData(configuration);
        services.AddProngsaiCore();
        provider = services.BuildServiceProvider();
        await DataServices.MigrateAsync(provider);

        await using var scope = provider.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>().RunAsync(Prongsai.Core.Organizations.StaffActor.PlatformOperator(), new CreateOrganizationRequest("bangkha", "องค์การบริหารส่วนตำบลบางคา"));
        organizationId = created.Value!.Id;
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId, "bangkha");
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        for (var i = 0; i < 500; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            await index.UpsertAsync(organizationId, "document", n, $"ประกาศจัดซื้อจัดจ้างโครงการที่ {n}", $"/bangkha/documents/{n}",
                Paragraph + (i % 3 == 0 ? " คู่มือการให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง" : " แผนการจัดซื้อจัดจ้างประจำปี"), null, 2567, DateTimeOffset.UtcNow);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        provider.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public int SegmentParagraph() => ThaiSegmenter.Words(Paragraph).Count;

    [Benchmark]
    public async Task<int> SearchQuery()
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId, "bangkha");
        var results = await scope.ServiceProvider.GetRequiredService<SearchIndex>().QueryAsync(organizationId, new SearchQuery("ภาษีที่ดิน"));
        return results.Total;
    }
}
