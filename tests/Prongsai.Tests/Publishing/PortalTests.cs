using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>The public portal over HTTP: pages, downloads, cache invalidation, feeds, search over attachment text.</summary>
public sealed class PortalTests
{
    private static readonly byte[] BlankPdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    [Theory, Providers]
    public async Task A_published_document_is_public_at_its_stable_address_counts_downloads_and_leaves_when_unpublished(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();

        // The cached list before publishing...
        Assert.DoesNotContain("แผนการจัดซื้อจัดจ้างประจำปี", await client.GetStringAsync($"/{org.Slug}/documents"), StringComparison.Ordinal);
        var doc = await PublishingFixture.SaveAsync(app, org, "แผนการจัดซื้อจัดจ้างประจำปี", ("แผน.pdf", PublishingFixture.MinimalPdf));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/documents/{doc.Id}")).StatusCode);
        await PublishingFixture.PublishAsync(app, org, doc.Id);

        // ...is invalidated by the content stamp the publication bumped.
        Assert.Contains("แผนการจัดซื้อจัดจ้างประจำปี", await client.GetStringAsync($"/{org.Slug}/documents?category=work-manuals&year=2568"), StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/{org.Slug}/documents/{doc.Id}");
        Assert.Contains("ปีงบประมาณ", page, StringComparison.Ordinal);
        Assert.Contains("สำนักปลัด", page, StringComparison.Ordinal);
        Assert.Matches("[0-9]{1,2} [ก-๙]+ 25[0-9]{2}", page); // publish date in BE
        Assert.Contains("แผน.pdf", page, StringComparison.Ordinal);

        var attachmentId = await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Attachments.Where(a => a.DocumentId == doc.Id).Select(a => a.Id).SingleAsync());
        var download = await client.GetAsync($"/{org.Slug}/documents/{doc.Id}/files/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PublishingFixture.MinimalPdf, await download.Content.ReadAsByteArrayAsync());
        await client.GetAsync($"/{org.Slug}/documents/{doc.Id}/files/{attachmentId}");

        // A link checker asks HEAD first: it learns the size and type, gets no body, and is not counted as a download.
        using (var head = new HttpRequestMessage(HttpMethod.Head, $"/{org.Slug}/documents/{doc.Id}/files/{attachmentId}"))
        {
            var headResponse = await client.SendAsync(head);
            Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
            Assert.Equal("application/pdf", headResponse.Content.Headers.ContentType?.MediaType);
            Assert.Equal(PublishingFixture.MinimalPdf.Length, headResponse.Content.Headers.ContentLength);
            Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
        }

        foreach (var path in new[] { "feed", "feed/news", "sitemap.xml" })
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, $"/{org.Slug}/{path}");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(head)).StatusCode);
        }

        Assert.Equal(2, await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Attachments.Where(a => a.Id == attachmentId).Select(a => a.DownloadCount).SingleAsync()));

        await PublishingFixture.UnpublishAsync(app, org, doc.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/documents/{doc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/documents/{doc.Id}/files/{attachmentId}")).StatusCode);
        Assert.DoesNotContain("แผนการจัดซื้อจัดจ้างประจำปี", await client.GetStringAsync($"/{org.Slug}/documents"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_documents_list_shows_the_newest_first_a_page_at_a_time_with_the_total_and_each_files_count(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        const int pageSize = Prongsai.Web.Pages.Public.DocumentsModel.PageSize;
        var titles = new List<string>();
        for (var i = 1; i <= pageSize + 3; i++)
        {
            var title = $"ประกาศลำดับที่ {i:00}";
            var doc = i == 1
                ? await PublishingFixture.SaveAsync(app, org, title, ("a.pdf", PublishingFixture.MinimalPdf), ("b.pdf", PublishingFixture.MinimalPdf))
                : await PublishingFixture.SaveAsync(app, org, title);
            await PublishingFixture.PublishAsync(app, org, doc.Id);
            titles.Add(title);
        }

        var drafted = await PublishingFixture.SaveAsync(app, org, "ร่างที่ยังไม่เผยแพร่");
        titles.Reverse(); // newest first

        var first = await client.GetStringAsync($"/{org.Slug}/documents");
        Assert.Contains($"พบ {pageSize + 3} รายการ", first, StringComparison.Ordinal);
        Assert.Equal(titles.Take(pageSize), InPageOrder(first, titles));
        Assert.DoesNotContain(drafted.Title, first, StringComparison.Ordinal);
        Assert.Contains("หน้า 1 จาก 2", first, StringComparison.Ordinal); // a reader sees how much is left
        Assert.Contains($"href=\"/{org.Slug}/documents?page=2\" rel=\"next\"", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync($"/{org.Slug}/documents?page=2");
        Assert.Equal(titles.Skip(pageSize), InPageOrder(second, titles));
        Assert.Contains("หน้า 2 จาก 2", second, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/documents?page=1\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("ไฟล์แนบ 2", second, StringComparison.Ordinal); // the oldest has two attachments

        // A page past the end shows the last one, as before.
        Assert.Equal(titles.Skip(pageSize), InPageOrder(await client.GetStringAsync($"/{org.Slug}/documents?page=99"), titles));
    }

    [Theory, Providers]
    public async Task The_home_page_shows_the_newest_news_and_documents_and_counts_each_category_that_holds_any(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var news = new List<string>();
        var others = new List<string>();
        for (var i = 1; i <= 8; i++)
        {
            // Interleaved, so each list has to pick its own newest from the same stream.
            var other = await PublishingFixture.SaveInAsync(app, org, "work-manuals", $"คู่มือฉบับที่ {i:00}");
            await PublishingFixture.PublishAsync(app, org, other.Id);
            others.Add(other.Title);
            if (i <= 7)
            {
                var item = await PublishingFixture.SaveInAsync(app, org, "news", $"ข่าวฉบับที่ {i:00}");
                await PublishingFixture.PublishAsync(app, org, item.Id);
                news.Add(item.Title);
            }
        }

        await PublishingFixture.SaveInAsync(app, org, "news", "ข่าวที่ยังเป็นร่าง");
        news.Reverse();
        others.Reverse();

        var home = await app.Client().GetStringAsync($"/{org.Slug}/");
        Assert.Equal(news.Take(5), InPageOrder(home, news));
        Assert.Equal(others.Take(6), InPageOrder(home, others));
        Assert.DoesNotContain("ข่าวที่ยังเป็นร่าง", home, StringComparison.Ordinal);
        Assert.Matches("category=news\">[^<]+</a> <span class=\"muted\">\\(7\\)</span>", home);
        Assert.Matches("category=work-manuals\">[^<]+</a> <span class=\"muted\">\\(8\\)</span>", home);
        // A category with no published document (a draft only counts for nothing) is left off the home page but stays
        // on the documents page, where the assessor can see it is empty.
        Assert.DoesNotContain("category=service-manuals\"", home, StringComparison.Ordinal);
        var library = await app.Client().GetStringAsync($"/{org.Slug}/documents");
        Assert.Contains("<option value=\"service-manuals\"", library, StringComparison.Ordinal);
    }

    private static List<string> InPageOrder(string html, IEnumerable<string> titles) =>
        titles.Where(t => html.Contains(t, StringComparison.Ordinal))
            .OrderBy(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();

    [Theory, Providers]
    public async Task Attachment_text_is_read_in_the_background_and_found_by_search_api(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var docx = await PublishingFixture.SaveAsync(app, org, "คู่มือ", ("คู่มือ.docx", PublishingFixture.Docx("ขั้นตอนการขออนุญาตก่อสร้างอาคารภายในเขตเทศบาล")));
        var pdf = await PublishingFixture.SaveAsync(app, org, "แผน", ("plan.pdf", PublishingFixture.MinimalPdf), ("scan.pdf", BlankPdf));
        await PublishingFixture.PublishAsync(app, org, docx.Id);
        await PublishingFixture.PublishAsync(app, org, pdf.Id);
        await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<Prongsai.Core.Publishing.Jobs.AttachmentTextJob>().ExtractPendingAsync(10));

        var states = await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Attachments.OrderBy(a => a.Id).Select(a => new { a.FileName, a.TextState, a.TextNote }).ToListAsync());
        Assert.Equal(TextState.Done, states.Single(s => s.FileName == "คู่มือ.docx").TextState);
        Assert.Equal(TextState.Done, states.Single(s => s.FileName == "plan.pdf").TextState);
        // A blank page has no text layer, so it goes to OCR (test.sh installs tesseract-ocr-tha), which finds nothing.
        var scan = states.Single(s => s.FileName == "scan.pdf");
        Assert.Equal(TextState.NotSearchable, scan.TextState);
        Assert.Equal("OCR ไม่พบข้อความ / OCR found no text", scan.TextNote);

        var client = app.Client();
        var json = await client.GetStringAsync($"/api/v1/orgs/{org.Slug}/search?q={Uri.EscapeDataString("ก่อสร้างอาคาร")}");
        using var result = JsonDocument.Parse(json);
        Assert.Equal("ก่อสร้างอาคาร", result.RootElement.GetProperty("query").GetString());
        Assert.Equal(1, result.RootElement.GetProperty("total").GetInt32());
        var hit = result.RootElement.GetProperty("results")[0];
        Assert.Equal("document", hit.GetProperty("type").GetString());
        Assert.Equal($"/{org.Slug}/documents/{docx.Id}", hit.GetProperty("url").GetString());
        Assert.Contains("<mark>ก่อสร้าง", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var english = await client.GetStringAsync($"/api/v1/orgs/{org.Slug}/search?q=procurement&year=2568&category=work-manuals");
        Assert.Contains($"\"id\":\"{pdf.Id}\"", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/orgs/{org.Slug}/search?q=x&year=2024x")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/orgs/{org.Slug}/search?q=x&category=nope")).StatusCode);
    }

    [Theory, Providers]
    public async Task Scheduled_documents_go_public_when_due_through_the_background_job(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var doc = await PublishingFixture.SaveAsync(app, org, "ประกาศตั้งเวลา");
        await PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            var result = await sp.GetRequiredService<PublishDocument>().ScheduleAsync(doc.Id, DateTimeOffset.UtcNow.AddSeconds(2), PublishingFixture.Admin);
            Assert.True(result.Succeeded);
            Assert.Equal(0, await sp.GetRequiredService<PublishDocument>().PublishDueAsync());
            return 0;
        });
        await Task.Delay(2500);
        await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<PublishDocument>().PublishDueAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/{org.Slug}/documents/{doc.Id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Every_public_page_describes_itself_for_search_engines_and_shared_links(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var paths = new[]
        {
            "", "/documents", "/search", "/search?q=" + Uri.EscapeDataString("ถนน"), "/ita", "/verify", "/about/history",
            "/about/contact", "/policies/privacy", "/ledger", "/measures", "/budget", "/procurement", "/track",
            "/complaints/statistics",
        };
        foreach (var path in paths)
        {
            var response = await client.GetAsync($"/{org.Slug}{path}");
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Matches("<meta name=\"description\" content=\"[^\"]{10,}\">", html);
        }

        foreach (var platformPage in new[] { "/", "/search" })
        {
            Assert.Matches("<meta name=\"description\" content=\"[^\"]{10,}\">", await client.GetStringAsync(platformPage));
        }
    }

    [Theory, Providers]
    public async Task A_title_pasted_from_word_with_its_line_break_leaves_the_feed_readable(DbProvider provider)
    {
        // Word's line break (U+000B) comes along in a pasted title; XML cannot hold it, and the feed answered 500.
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var doc = await PublishingFixture.SaveAsync(app, org, "ประกาศรับสมัคร\vพนักงานจ้าง");
        await PublishingFixture.PublishAsync(app, org, doc.Id);

        var response = await app.Client().GetAsync($"/{org.Slug}/feed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value == "ประกาศรับสมัคร\nพนักงานจ้าง");
    }

    [Theory, Providers]
    public async Task Home_about_policy_feed_sitemap_and_robots_are_served_light_and_with_structured_data(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var news = await PublishingFixture.SaveAsync(app, org, "ข่าวกิจกรรมวันเด็ก");
        await PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var newsCategory = await db.DocumentCategories.Where(c => c.Slug == "news").Select(c => c.Id).SingleAsync();
            return await db.Documents.Where(d => d.Id == news.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.CategoryId, newsCategory));
        });
        await PublishingFixture.PublishAsync(app, org, news.Id);
        var client = app.Client();

        var home = await client.GetStringAsync($"/{org.Slug}");
        Assert.Contains("ข่าวกิจกรรมวันเด็ก", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/measures\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/budget\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/procurement\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/satisfaction\"", home, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"GovernmentOrganization\"", home, StringComparison.Ordinal);
        Assert.Contains("og:title", home, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", home, StringComparison.Ordinal);
        // The name breaks after its kind, never inside the place; the services come before the welcome text.
        Assert.Contains("id=\"org-name\">องค์การบริหารส่วนตำบล<wbr><span class=\"place\">ทดสอบ", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("id=\"quick-links\"", StringComparison.Ordinal) < home.IndexOf("id=\"about-us\"", StringComparison.Ordinal));

        foreach (var path in new[] { "about", "about/history", "about/structure", "about/executives", "about/authority", "about/contact", "about/laws",
                     "policies/privacy", "policies/cookies", "policies/website-policy", "policies/accessibility", "ita", "search", "ledger", "verify",
                     "budget", "procurement" })
        {
            var response = await client.GetAsync($"/{org.Slug}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }

        // Without a checklist the ITA page, and the open-data page, lead on to the budget and procurement lists.
        foreach (var page in new[] { "ita", "data" })
        {
            var html = await client.GetStringAsync($"/{org.Slug}/{page}");
            Assert.Contains($"href=\"/{org.Slug}/budget\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{org.Slug}/procurement\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/about/privacy")).StatusCode);
        var feed = await client.GetStringAsync($"/{org.Slug}/feed/news");
        Assert.Contains("<feed ", feed, StringComparison.Ordinal);
        Assert.Contains("xmlns=\"http://www.w3.org/2005/Atom\"", feed, StringComparison.Ordinal);
        Assert.Contains($"/{org.Slug}/documents/{news.Id}", feed, StringComparison.Ordinal);
        Assert.Contains("ledger:head", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/feed/nope")).StatusCode);
        var sitemap = await client.GetStringAsync($"/{org.Slug}/sitemap.xml");
        Assert.Contains($"/{org.Slug}/documents/{news.Id}</loc>", sitemap, StringComparison.Ordinal);
        foreach (var list in new[] { "measures", "budget", "procurement", "data", "qa", "consultations", "satisfaction" })
        {
            Assert.Contains($"/{org.Slug}/{list}</loc>", sitemap, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{org.Slug}/{list}")).StatusCode);
        }

        Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);

        // Weight: HTML + CSS compressed stays far under 100 KB, and no JavaScript is needed.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{org.Slug}");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var compressed = await client.SendAsync(request);
        Assert.Equal("br", compressed.Content.Headers.ContentEncoding.Single());
        using var cssRequest = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        cssRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var css = await client.SendAsync(cssRequest);
        var total = (await compressed.Content.ReadAsByteArrayAsync()).Length + (await css.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(total < 100 * 1024, $"{total} bytes");
        Assert.DoesNotContain("<script src", home, StringComparison.Ordinal);
    }
}
