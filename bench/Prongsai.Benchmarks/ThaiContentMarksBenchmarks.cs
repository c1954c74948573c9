using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Benchmarks;

/// <summary>
/// What marking the Thai content of an English page costs (<see cref="ThaiContentMarks"/>, run on the body of every
/// English page the output cache does not already hold): a documents list of 100 Thai titles under English labels,
/// about the size of the largest public list, against the same page with no Thai (the early return).
/// </summary>
[MemoryDiagnoser]
public class ThaiContentMarksBenchmarks
{
    private string thaiContent = "";
    private string englishOnly = "";

    [GlobalSetup]
    public void Setup()
    {
        thaiContent = DocumentsPage(i => string.Create(CultureInfo.InvariantCulture,
            $"ประกาศองค์การบริหารส่วนตำบลบางคา เรื่อง รายงานผลการจัดซื้อจัดจ้าง ประจำเดือน {i} (สขร.1)"), "กองคลัง");
        englishOnly = DocumentsPage(i => string.Create(CultureInfo.InvariantCulture, $"Procurement report for month {i}"), "Finance Division");
    }

    [Benchmark(Baseline = true)]
    public string EnglishOnly() => ThaiContentMarks.Mark(englishOnly);

    [Benchmark]
    public string ThaiTitles() => ThaiContentMarks.Mark(thaiContent);

    private static string DocumentsPage(Func<int, string> title, string department)
    {
        var page = new StringBuilder("<main id=\"main\"><h1>Documents</h1><form method=\"get\"><label for=\"d\">Department</label><select id=\"d\">");
        for (var i = 1; i <= 12; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<option value=\"{i}\">{department} {i}</option>");
        }

        page.Append("</select><button type=\"submit\">Show</button></form><ol class=\"doc-list\">");
        for (var i = 1; i <= 100; i++)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<li><h2><a href=\"/bangkha/documents/{i}\">{title(i)}</a></h2><p>{title(i)} summary</p><p class=\"muted\">{department} · FY 2570 · 6 December 2026 · 2 files</p></li>");
        }

        return page.Append("</ol></main>").ToString();
    }
}
