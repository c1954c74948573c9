using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Performance;

/// <summary>
/// The page cache serves public pages compressed from memory: the same page in every coding, revalidated with a 304,
/// never for a signed-in member of staff, and a publication shows at once.
/// </summary>
public sealed partial class PublicPageCacheTests
{
    [Theory, Providers]
    public async Task A_cached_page_is_the_same_page_in_brotli_gzip_and_plain_and_a_reload_costs_a_304(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var url = $"/{org.Slug}/documents";

        var plain = await GetAsync(client, url, acceptEncoding: null);
        Assert.Null(plain.Content.Headers.ContentEncoding.FirstOrDefault());
        var html = await plain.Content.ReadAsByteArrayAsync();
        var etag = plain.Headers.ETag;
        Assert.NotNull(etag);

        var brotli = await GetAsync(client, url, "gzip, deflate, br");
        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Equal(html, Decompress(await brotli.Content.ReadAsByteArrayAsync(), s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.True(brotli.Content.Headers.ContentLength < html.Length / 2);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);

        var gzip = await GetAsync(client, url, "gzip");
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal(html, Decompress(await gzip.Content.ReadAsByteArrayAsync(), s => new GZipStream(s, CompressionMode.Decompress)));

        // A client that refuses Brotli (q=0) gets gzip; one that names nothing it can read gets the plain page.
        Assert.Equal("gzip", Assert.Single((await GetAsync(client, url, "br;q=0, gzip")).Content.Headers.ContentEncoding));
        Assert.Empty((await GetAsync(client, url, "compress")).Content.Headers.ContentEncoding);

        // Every copy carries the same security headers as a freshly rendered page.
        foreach (var response in new[] { plain, brotli, gzip })
        {
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(etag!);
        var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = new HttpRequestMessage(HttpMethod.Head, url);
        var headResponse = await client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.Equal(html.Length, headResponse.Content.Headers.ContentLength);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
    }

    [Theory, Providers]
    public async Task A_publication_shows_at_once_and_signed_in_staff_always_get_the_live_page(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var visitor = app.Client();
        var url = $"/{org.Slug}/documents";
        var before = await GetAsync(visitor, url, "br");
        Assert.Equal(before.Headers.ETag, (await GetAsync(visitor, url, "br")).Headers.ETag);

        var doc = await PublishingFixture.SaveAsync(app, org, "ประกาศรับสมัครพนักงานจ้าง", ("ประกาศ.pdf", PublishingFixture.MinimalPdf));
        await PublishingFixture.PublishAsync(app, org, doc.Id);
        var after = await GetAsync(visitor, url, null);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("ประกาศรับสมัครพนักงานจ้าง", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Staff are never served nor stored: their page has no validator of the cache and is rendered for them.
        var staff = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var staffPage = await GetAsync(staff, url, "br");
        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
        Assert.Null(staffPage.Headers.ETag);
    }

    [Theory, Providers]
    public async Task Twenty_visitors_missing_the_same_page_at_once_cost_one_rendering(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Jobs:Enabled"] = "false",
            ["Prongsai:PageCache:StampSeconds"] = "3600",
        });
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        using var counter = new SqlCommandCounter(app);
        await GetAsync(client, $"/{org.Slug}/documents?warm=1", "br");
        counter.Reset();
        await GetAsync(client, $"/{org.Slug}/documents?alone=1", "br");
        var oneRendering = counter.Count;

        counter.Reset();
        var url = $"/{org.Slug}/documents?together=1";
        var pages = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => GetAsync(app.Client(), url, "br")));
        Assert.All(pages, p => Assert.Equal(pages[0].Headers.ETag, p.Headers.ETag));
        Assert.InRange(counter.Count, oneRendering, 3 * oneRendering);
    }

    [Theory, Providers]
    public async Task The_inline_stylesheet_of_a_public_page_is_exactly_the_one_its_content_security_policy_allows(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var response = await GetAsync(app.Client(), $"/{org.Slug}/", null);
        var html = await response.Content.ReadAsStringAsync();
        var style = StyleElement().Match(html);
        Assert.True(style.Success, "the public page carries its stylesheet inline");
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.Groups[1].Value))) + "'";
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src 'self' " + hash + ";", policy, StringComparison.Ordinal);
        Assert.Single(StyleElement().Matches(html));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static byte[] Decompress(byte[] compressed, Func<Stream, Stream> decoder)
    {
        using var output = new MemoryStream();
        using (var stream = decoder(new MemoryStream(compressed)))
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
