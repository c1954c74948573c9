using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>What requests publish: ITA evidence (Q&amp;A page, rules page, statistics) and the statistics as CSV and XLSX.</summary>
public sealed class RequestsPublicationTests
{
    [Theory, Providers]
    public async Task The_qa_page_rules_page_and_statistics_become_evidence_once_they_have_content(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        async Task<List<EvidenceCandidate>> CandidatesAsync() => await host.RunAsync(async sp =>
        {
            var all = new List<EvidenceCandidate>();
            foreach (var source in sp.GetServices<IEvidenceSource>().Where(s => s.Key is "qa" or "complaint-rules" or "complaint-statistics"))
            {
                all.AddRange(await source.FindAsync(null, CancellationToken.None));
            }

            return all;
        });

        Assert.Empty(await CandidatesAsync());
        var thisYear = FiscalYear.ForDate(BangkokTime.Today(host.Clock)).BeYear;
        var nilReport = await host.RunAsync(sp => sp.GetServices<IEvidenceSource>().Single(s => s.Key == "complaint-statistics")
            .FindAsync(thisYear, CancellationToken.None));
        Assert.Equal([$"/{host.Slug}/complaints/statistics/{thisYear}"], nilReport.Select(c => c.PublicPath));
        Assert.Empty(await host.RunAsync(sp => sp.GetServices<IEvidenceSource>().Single(s => s.Key == "complaint-statistics")
            .FindAsync(thisYear + 1, CancellationToken.None)));
        var admin = StaffActor.System("ผู้ทดสอบ", host.OrganizationId);
        var question = await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอรับเบี้ยยังชีพ"));
        Assert.True((await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AnswerAsync(admin, question.Id, "ลงทะเบียนที่สำนักปลัด"))).Succeeded);
        await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Corruption));
        Assert.IsType<ForbiddenError>(Assert.Single((await host.UseAsync<ComplaintRules, Result<OrganizationPage>>(r =>
            r.SaveAsync(MeasuresTestHost.Executive, null, "แนวปฏิบัติ"))).Errors));
        Assert.True((await host.UseAsync<ComplaintRules, Result<OrganizationPage>>(r => r.SaveAsync(admin, null, "รับเรื่องภายใน 1 วันทำการ"))).Succeeded);

        var year = FiscalYear.ForDate(BangkokTime.Today(host.Clock)).BeYear;
        var candidates = await CandidatesAsync();
        Assert.Equal([$"/{host.Slug}/complaints", $"/{host.Slug}/complaints/statistics/{year}", $"/{host.Slug}/qa"],
            candidates.Select(c => c.PublicPath).Order(StringComparer.Ordinal).ToList());
    }

    [Theory, Providers]
    public async Task Yearly_statistics_download_as_csv_and_xlsx_with_numbers_only(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var response = await app.Client().PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "corruption"), new("Form.Subject", "ลับมากเรื่องจัดซื้อ"), new("Form.Details", "รายละเอียดลับ"),
            new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var year = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear;
        var month = ThaiDate.FormatMonthYear(BangkokTime.Today(TimeProvider.System));

        var client = app.Client();
        var csv = await client.GetStringAsync($"/{org.Slug}/complaints/statistics/{year}?handler=csv");
        var line = csv.Split("\r\n").Single(l => l.Contains("ทุจริต", StringComparison.Ordinal) && l.Contains(month, StringComparison.Ordinal));
        Assert.StartsWith($"{year},ร้องเรียนการทุจริตและประพฤติมิชอบ,{month},1,0,1,", line, StringComparison.Ordinal);
        Assert.DoesNotContain("ลับมาก", csv, StringComparison.Ordinal);

        var xlsx = await client.GetByteArrayAsync($"/{org.Slug}/complaints/statistics/{year}?handler=xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Documents.OfficeAssert.Valid(document);
        var text = string.Join("|", document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text));
        Assert.Contains("ประเภทเรื่อง", text, StringComparison.Ordinal);
        Assert.Contains(month, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ลับมาก", text, StringComparison.Ordinal);
        var sheet = new Documents.ReadSheet(document);
        Assert.Equal(1m, sheet.NumbersUnder("รับเรื่อง").Sum());
        Assert.Equal(1m, sheet.NumbersUnder("อยู่ระหว่างดำเนินการ").Sum());
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), sheet.Text("A2"));

        var page = await client.GetStringAsync($"/{org.Slug}/complaints");
        Assert.DoesNotContain("ลับมาก", page, StringComparison.Ordinal);
    }
}
