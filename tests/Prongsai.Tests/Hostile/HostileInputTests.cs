using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Hostile;

/// <summary>
/// A corpus of hostile inputs fed to every page, form and API endpoint the app maps (found from
/// its endpoint table, so new ones are covered automatically), as an anonymous visitor and as a
/// signed-in administrator. The answer may be a 4xx or a page with a message, never a 5xx, and
/// never the markup echoed back raw. Every form that takes a file also gets the hostile files (ZIP bombs,
/// a right-to-left-override name), and must refuse or clean them within the memory budget.
/// </summary>
[Collection(Security.AllocationMeasuringCollection.Name)]
public sealed partial class HostileInputTests
{
    /// <summary>Values a field or parameter may receive from someone who means harm (or a broken client).</summary>
    public static readonly string[] Corpus =
    [
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert(1)>สวัสดี",
        "\"><svg/onload=alert(1)>",
        "ภาษาไทย<iframe src=javascript:alert(1)>",
        "' OR 1=1; DROP TABLE \"Organizations\"; --",
        "\"ตา\" OR NEAR(มา*, 2) AND -x:* ^ {col}",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "a\0b",
        new string('ก', 20_000),
        "99999999999999999999999999999999",
        "-2147483649",
        "1e309",
        "%00%ff",
        "\u202E\uFEFFﷺ",
        "/\t/evil.example",
        "//evil.example/%2e%2e",
    ];

    /// <summary>Files someone who means harm may upload: bombs that expand 1,000-fold, nested packages, a disguised name.</summary>
    public static IEnumerable<(string Name, byte[] Bytes, bool IsBomb)> UploadCorpus()
    {
        yield return ("รายงานผล.docx", Security.ZipBombs.Docx, true);
        yield return ("สรุปงบประมาณ.xlsx", Security.ZipBombs.Xlsx, true);
        yield return ("ซ้อนกัน.docx", Security.ZipBombs.Nested(5), true);
        yield return ("ภาพถ่าย.png", Security.ZipBombs.Png(100_000, 100_000), true);
        yield return ("ภาพถ่ายยาว.jpg", Security.DamagedOfficeFileTests.PaddedJpeg, true);
        yield return ("ตารางเสีย.xlsx", Security.DamagedOfficeFileTests.DamagedWorkbook, false);
        yield return ("ใบแจ้งหนี้\u202Efdp.exe.pdf", Publishing.PublishingFixture.MinimalPdf, false);
    }

    private static readonly string[] EchoForbidden =
    [
        "<script>alert('xss')</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "<iframe src=javascript:alert(1)>",
    ];

    [Theory, Providers]
    public async Task Every_endpoint_answers_hostile_input_without_a_server_error(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var token = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        var anonymous = app.Client();
        var failures = new List<string>();
        var requests = 0;

        foreach (var route in Routes(app))
        {
            foreach (var value in Corpus)
            {
                var url = route.Url(org.Slug, value);
                foreach (var (client, who) in new[] { (anonymous, "anonymous"), (admin, "admin") })
                {
                    requests++;
                    await CheckAsync(failures, who, HttpMethod.Get, url, await SendAsync(client, HttpMethod.Get, url, null));
                }

                if (route.AcceptsWrites)
                {
                    var body = route.IsApi
                        ? new StringContent(JsonBody(route.Fields, value), Encoding.UTF8, "application/json")
                        : (HttpContent)new FormUrlEncodedContent(route.Fields.Select(f => new KeyValuePair<string, string>(f, value))
                            .Append(new("__RequestVerificationToken", token)));
                    requests++;
                    await CheckAsync(failures, "admin", HttpMethod.Post, url, await SendAsync(admin, route.WriteMethod, url, body, token));
                }
            }

            if (route.IsApi && route.AcceptsWrites)
            {
                foreach (var (name, content) in MalformedBodies())
                {
                    requests++;
                    var response = await SendAsync(admin, route.WriteMethod, route.Url(org.Slug, "1"), content, token);
                    if ((int)response.Status >= 500)
                    {
                        failures.Add($"{route.WriteMethod} {route.Template} with {name} → {(int)response.Status}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests failed:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(requests > 100, $"only {requests} requests were made");
    }

    [Fact]
    public async Task Return_urls_and_forwarded_headers_take_hostile_values_without_a_server_error_or_a_way_out()
    {
        var app = Apps.For(DbProvider.Sqlite);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var failures = new List<string>();
        foreach (var value in Corpus)
        {
            using var language = await client.GetAsync("/lang/en?returnUrl=" + Uri.EscapeDataString(value));
            var location = language.Headers.Location?.OriginalString ?? "";
            // A 400 (a NUL is refused before any endpoint) or a redirect on this site.
            var safe = language.StatusCode == HttpStatusCode.BadRequest
                || (language.StatusCode == HttpStatusCode.Redirect && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal)
                    && !location.Any(c => char.IsControl(c) || c == '\\'));
            if (!safe)
            {
                failures.Add($"/lang/en?returnUrl={value[..Math.Min(40, value.Length)]} → {(int)language.StatusCode} {location}");
            }

            // Spoofed forwarded headers from an outside client, with hostile values: ignored, never a 5xx.
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/{org.Slug}/feed");
            request.Headers.Add(TestPeerAddress.Header, "203.0.113.7");
            var header = value.Replace("\0", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation("X-Forwarded-Host", header.Length > 200 ? header[..200] : header);
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", "198.51.100.9");
            using var feed = await client.SendAsync(request);
            var body = await feed.Content.ReadAsStringAsync();
            if ((int)feed.StatusCode >= 500 || body.Contains("evil.example", StringComparison.Ordinal) || !body.Contains("http://localhost/", StringComparison.Ordinal))
            {
                failures.Add($"feed with X-Forwarded-Host {value[..Math.Min(40, value.Length)]} → {(int)feed.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory, Providers]
    public async Task Every_upload_path_refuses_hostile_files_within_the_memory_budget(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await Foundation.IsolationSeed.FillAsync(app, org, "อัปโหลด");
        var values = await RouteValuesAsync(app, org);
        var category = await Publishing.PublishingFixture.CategoryAsync(app, org);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var token = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        var failures = new List<string>();
        var refusedBombAt = new HashSet<string>(StringComparer.Ordinal);
        var uploads = 0;

        foreach (var (template, handler, fileFields) in UploadRoutes(app))
        {
            // Optional parameters (a handler, the id of a document not yet created) stay empty: a new item.
            var url = ParameterPattern().Replace(Regex.Replace(template.Replace("{org}", org.Slug, StringComparison.Ordinal), "/\\{[^}]+\\?\\}", ""),
                m => values.TryGetValue(m.Value.Trim('{', '}').Split(':', '?')[0], out var v) ? v : "1");
            url = await ReachableAsync(admin, url, template);
            url += handler is null ? "" : "?handler=" + handler;
            foreach (var (name, bytes, isBomb) in UploadCorpus())
            {
                using var form = new MultipartFormDataContent
                {
                    { new StringContent(token), "__RequestVerificationToken" },
                    { new StringContent("2599"), "FiscalYear" },
                    { new StringContent("ทดสอบไฟล์"), "Input.Title" },
                    { new StringContent("ทดสอบไฟล์"), "Input.Body" },
                    { new StringContent(category.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.CategoryId" },
                    { new StringContent("2568"), "Input.FiscalYear" },
                    { new StringContent("ทดสอบไฟล์"), "Text" },
                    { new StringContent("10/1/2567"), "Date" },
                    { new StringContent("ทดสอบไฟล์"), "name" },
                };
                foreach (var field in fileFields)
                {
                    form.Add(new ByteArrayContent(bytes), field, name);
                }

                uploads++;
                var (answer, allocated) = await Security.Allocations.MeasureAsync(() => SendAsync(admin, HttpMethod.Post, url, form, token));
                if ((int)answer.Status >= 500)
                {
                    failures.Add($"POST {url} with {name} → {(int)answer.Status}");
                }

                if (allocated > Security.Allocations.Budget)
                {
                    failures.Add($"POST {url} with {name} allocated {allocated:N0} bytes");
                }

                if (isBomb && WebUtility.HtmlDecode(answer.Body).Contains("เพื่อความปลอดภัย", StringComparison.Ordinal))
                {
                    refusedBombAt.Add(template);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The forms that store or open office files said why they refused the bombs.
        Assert.Contains("/staff/{org}/documents/edit/{id:int?}", refusedBombAt);
        Assert.Contains("/staff/{org}/measures/import", refusedBombAt);
        Assert.Contains("/staff/{org}/measures/step/{stepId:int}/{handler?}", refusedBombAt);
        Assert.Contains("/staff/{org}/executives", refusedBombAt);
        Assert.Contains("/staff/{org}/circulars/new", refusedBombAt);
        // Every spreadsheet import opens a workbook only through the archive guard.
        Assert.Contains("/staff/{org}/budget/import", refusedBombAt);
        Assert.Contains("/staff/{org}/procurement/{fiscalYear:int}/import", refusedBombAt);
        Assert.Contains("/staff/{org}/assets/import", refusedBombAt);
        Assert.Contains("/staff/{org}/service-statistics/import/{fiscalYear:int}", refusedBombAt);
        Assert.True(uploads >= 12, $"only {uploads} uploads were tried");

        // Nothing was stored under a name that reads right to left.
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
        var names = await db.Attachments.IgnoreQueryFilters().Where(a => a.OrganizationId == org.Id).Select(a => a.FileName).ToListAsync();
        Assert.All(names, n => Assert.DoesNotContain('\u202E', n));
    }

    /// <summary>Real values for route parameters of the seeded organization (a step, a measure, its year, a document).</summary>
    private static async Task<Dictionary<string, string>> RouteValuesAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
        var step = await db.MeasureSteps.IgnoreQueryFilters().FirstAsync(s => s.OrganizationId == org.Id);
        var measure = await db.Measures.IgnoreQueryFilters().FirstAsync(m => m.OrganizationId == org.Id);
        var plan = await db.MeasurePlans.IgnoreQueryFilters().FirstAsync(p => p.OrganizationId == org.Id);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["stepId"] = step.Id.ToString(invariant),
            ["id"] = measure.Id.ToString(invariant),
            ["fiscalYear"] = plan.FiscalYear.ToString(invariant),
        };
    }

    /// <summary>
    /// The page's address, or the same with this fiscal year when the seed's year (2599) is one the page refuses with
    /// 404 (the service figures take no year after this one): a bomb must reach the handler, not the year check.
    /// </summary>
    private static async Task<string> ReachableAsync(HttpClient client, string url, string template)
    {
        if (!template.Contains("{fiscalYear", StringComparison.Ordinal))
        {
            return url;
        }

        using var page = await client.GetAsync(url);
        var thisYear = Prongsai.Core.Calendar.FiscalYear.ForDate(DateOnly.FromDateTime(DateTime.UtcNow)).BeYear;
        return page.StatusCode == HttpStatusCode.NotFound
            ? Regex.Replace(url, "/2599(?=/|$)", "/" + thisYear.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : url;
    }

    /// <summary>Every page handler that takes a file (a bound IFormFile property or parameter), from the endpoint table.</summary>
    private static IEnumerable<(string Template, string? Handler, IReadOnlyList<string> FileFields)> UploadRoutes(ProngsaiApp app)
    {
        static bool IsFile(Type type) => type == typeof(IFormFile) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var group in endpoints.GroupBy(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
        {
            if (group.Select(PageModelOf).FirstOrDefault(t => t is not null) is not { } model)
            {
                continue;
            }

            var boundFiles = model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null && IsFile(p.PropertyType)).Select(p => p.Name).ToList();
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                var fields = boundFiles.Concat(method.GetParameters().Where(p => IsFile(p.ParameterType)).Select(p => p.Name!)).Distinct().ToList();
                if (fields.Count == 0)
                {
                    continue;
                }

                var handler = Regex.Replace(method.Name, "^OnPost|Async$", "");
                yield return (group.Key, handler.Length == 0 ? null : handler, fields);
            }
        }
    }

    [Fact]
    public async Task A_body_over_the_server_limit_is_refused_with_413()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:Uploads:MaxBytes"] = "1024" });
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var token = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orgs/{org.Slug}/departments")
        {
            Content = new StringContent("{\"name\":\"" + new string('ก', 3 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await admin.SendAsync(request);
        Assert.True((int)response.StatusCode is 413 or 400, $"got {(int)response.StatusCode}");
    }

    private static IEnumerable<(string Name, HttpContent Content)> MalformedBodies()
    {
        yield return ("truncated JSON", new StringContent("{\"name\": \"ก", Encoding.UTF8, "application/json"));
        yield return ("deeply nested JSON", new StringContent(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, "application/json"));
        yield return ("huge number", new StringContent("{\"name\":\"x\",\"sortOrder\":1e400,\"id\":99999999999999999999999}", Encoding.UTF8, "application/json"));
        yield return ("wrong types", new StringContent("{\"name\":[1,2,{}],\"sortOrder\":\"ten\"}", Encoding.UTF8, "application/json"));
        yield return ("invalid UTF-8", new ByteArrayContent([0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0xC3, 0x22, 0x7D]) { Headers = { { "Content-Type", "application/json" } } });
        yield return ("wrong content type", new StringContent("<xml>ก</xml>", Encoding.UTF8, "application/xml"));
        yield return ("form to a JSON API", new FormUrlEncodedContent([new("name", "x")]));
        yield return ("empty body", new StringContent("", Encoding.UTF8, "application/json"));
        yield return ("null", new StringContent("null", Encoding.UTF8, "application/json"));
    }

    private static string JsonBody(IEnumerable<string> fields, string value) =>
        System.Text.Json.JsonSerializer.Serialize(fields.DefaultIfEmpty("name").Distinct().ToDictionary(f => f, _ => value));

    private sealed record Answer(HttpStatusCode Status, string Body);

    private static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content, string? token = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        using var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task CheckAsync(List<string> failures, string who, HttpMethod method, string url, Answer answer)
    {
        var shortUrl = url.Length > 120 ? url[..120] + "…" : url;
        if ((int)answer.Status >= 500)
        {
            failures.Add($"{who} {method} {shortUrl} → {(int)answer.Status}");
        }
        else if (EchoForbidden.FirstOrDefault(e => answer.Body.Contains(e, StringComparison.OrdinalIgnoreCase)) is { } echoed)
        {
            failures.Add($"{who} {method} {shortUrl} echoed raw markup {echoed}");
        }

        return Task.CompletedTask;
    }

    private sealed record HostileRoute(string Template, bool IsApi, bool AcceptsWrites, HttpMethod WriteMethod, IReadOnlyList<string> Fields, IReadOnlyList<string> QueryNames)
    {
        public string Url(string slug, string value)
        {
            var url = Template.Replace("{org}", slug, StringComparison.Ordinal);
            // A NUL in the path is refused by the server before the app sees it (Kestrel answers 400 itself);
            // it still goes into query strings and bodies.
            var pathValue = value.Replace("\0", "", StringComparison.Ordinal);
            url = ParameterPattern().Replace(url, m => Uri.EscapeDataString(pathValue.Length > 200 ? pathValue[..200] : pathValue));
            var query = string.Join("&", QueryNames.Select(q => $"{q}={Uri.EscapeDataString(value)}"));
            return query.Length == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        }
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex ParameterPattern();

    /// <summary>Every routed endpoint except the framework's own (OpenAPI, health) — pages, forms and APIs.</summary>
    private static IEnumerable<HostileRoute> Routes(ProngsaiApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var group in endpoints.GroupBy(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
        {
            var template = group.Key;
            if (template.StartsWith("/openapi", StringComparison.Ordinal) || template.StartsWith("/healthz", StringComparison.Ordinal))
            {
                continue;
            }

            var isApi = template.StartsWith("/api/", StringComparison.Ordinal);
            var methods = group.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).ToHashSet();
            var write = methods.Contains("POST") ? HttpMethod.Post : methods.Contains("PUT") ? HttpMethod.Put : methods.Contains("PATCH") ? HttpMethod.Patch : null;
            var model = group.Select(PageModelOf).FirstOrDefault(t => t is not null);
            var fields = model is null ? ApiFields(group) : FormFields(model).ToList();
            var queries = model is null ? [] : HandlerQueryNames(model).ToList();
            foreach (var handler in model is null ? [null] : Handlers(model).DefaultIfEmpty(null))
            {
                var withHandler = handler is null ? template : template + "?handler=" + handler;
                yield return new HostileRoute(withHandler, isApi, write is not null, write ?? HttpMethod.Post, fields, queries);
            }
        }
    }

    private static List<string> ApiFields(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints.Select(e => e.Metadata.OfType<MethodInfo>().FirstOrDefault())
            .Where(m => m is not null)
            .SelectMany(m => m!.GetParameters())
            .Where(p => p.ParameterType.IsClass && p.ParameterType != typeof(string) && p.ParameterType.Namespace?.StartsWith("Prongsai", StringComparison.Ordinal) == true)
            .SelectMany(p => p.ParameterType.GetProperties().Select(x => char.ToLowerInvariant(x.Name[0]) + x.Name[1..]))
            .Distinct().ToList();

    private static Type? PageModelOf(RouteEndpoint endpoint)
    {
        var page = endpoint.Metadata.OfType<PageActionDescriptor>().FirstOrDefault();
        return page is null ? null
            : typeof(Program).Assembly.GetType("Prongsai.Web" + page.RelativePath.Replace(".cshtml", "Model", StringComparison.Ordinal).Replace('/', '.'));
    }

    private static IEnumerable<string> Handlers(Type model) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal))
            .Select(m => Regex.Replace(m.Name, "^On(Get|Post|Put|Delete|Patch)|Async$", ""))
            .Where(n => n.Length > 0).Distinct();

    private static IEnumerable<string> HandlerQueryNames(Type model) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal))
            .SelectMany(m => m.GetParameters())
            .Where(p => p.ParameterType == typeof(string) || p.ParameterType.IsPrimitive || Nullable.GetUnderlyingType(p.ParameterType) is not null)
            .Select(p => p.Name!).Concat(SupportsGetProperties(model)).Distinct();

    private static IEnumerable<string> SupportsGetProperties(Type model) =>
        model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true).Select(p => p.Name);

    /// <summary>Form field names of bound properties (nested "Form.X" too) and handler parameters.</summary>
    private static IEnumerable<string> FormFields(Type model)
    {
        var names = new List<string>();
        foreach (var property in model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null))
        {
            var type = property.PropertyType;
            if (type == typeof(string) || type.IsValueType || Nullable.GetUnderlyingType(type) is not null || type == typeof(IFormFile))
            {
                names.Add(property.Name);
            }
            else if (type.IsGenericType)
            {
                names.Add(property.Name);
            }
            else
            {
                names.AddRange(type.GetProperties().Where(p => p.CanWrite && p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.ModelBinding.BindNeverAttribute>() is null)
                    .Select(p => property.Name + "." + p.Name));
            }
        }

        names.AddRange(model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal))
            .SelectMany(m => m.GetParameters()).Select(p => p.Name!));
        return names.Distinct();
    }
}
