using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Security;

/// <summary>
/// docs/permissions.md: the Auditor "reads everything in the back office and the audit trail, and changes
/// nothing". Every staff page of the endpoint table (so new pages are covered) is read by an Auditor with
/// the organization's real ids, never refused; every write of the back office (page handlers and API
/// methods) is refused, and nothing of the organization changes.
/// </summary>
public sealed partial class AuditorReadOnlyTests
{
    [Theory, Providers]
    public async Task The_auditor_reads_every_back_office_page_and_changes_nothing(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await IsolationSeed.FillAsync(app, org, "ตรวจสอบ" + Guid.NewGuid().ToString("N")[..6]);
        await using (var scope = app.Scope())
        {
            // An ITA checklist too, so its pages are read with real ids.
            scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
            var opened = await scope.ServiceProvider.GetRequiredService<Prongsai.Core.Ita.Checklist.ManageChecklist>()
                .OpenAsync(Prongsai.Core.Organizations.StaffActor.System(organizationId: org.Id), 2567);
            Assert.True(opened.Succeeded, string.Join(" ", opened.Errors.Select(e => e.Message)));
        }

        // A published document and a draft, so the document pages (preview, confirmations) are walked with real ids.
        await Prongsai.Tests.Publishing.PublishingFixture.PublishAsync(app, org,
            (await Prongsai.Tests.Publishing.PublishingFixture.SaveAsync(app, org, "ประกาศที่ผู้ตรวจสอบอ่าน")).Id);
        await Prongsai.Tests.Publishing.PublishingFixture.SaveAsync(app, org, "ร่างที่ผู้ตรวจสอบอ่าน");

        var ids = await IdsAsync(app, org.Id);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var token = await auditor.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        var before = await CountsAsync(app, org.Id);

        var failures = new List<string>();
        var readPages = new HashSet<string>(StringComparer.Ordinal);
        var writes = 0;
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in Routes(app))
        {
            foreach (var url in route.Urls(org.Slug, ids))
            {
                foreach (var handler in new string?[] { null }.Concat(route.GetHandlers))
                {
                    var target = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
                    if (route.IsApi && !route.Methods.Contains("GET"))
                    {
                        continue;
                    }

                    using var response = await auditor.GetAsync(target);
                    var status = (int)response.StatusCode;
                    if (IsConfirmation(route.Template))
                    {
                        // "Are you sure?" pages are the first step of a write: the Auditor is refused there already.
                        if (status is not (403 or 404))
                        {
                            failures.Add($"GET {target} → {status}: a confirmation page of a write was shown to the Auditor");
                        }

                        readPages.Add(route.Template);
                    }
                    else if (status is 403 or 401 or >= 500)
                    {
                        failures.Add($"GET {target} → {status}");
                    }
                    else if (status == 200)
                    {
                        readPages.Add(route.Template);
                    }
                }

                foreach (var (method, handler) in route.Writes)
                {
                    var target = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
                    using var request = new HttpRequestMessage(new HttpMethod(method), target);
                    request.Headers.Add("RequestVerificationToken", token);
                    request.Content = route.IsApi
                        ? new StringContent("{\"name\":\"ผู้ตรวจสอบแก้ไข\"}", Encoding.UTF8, "application/json")
                        : new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Name", "ผู้ตรวจสอบแก้ไข"),
                            new("Title", "ผู้ตรวจสอบแก้ไข"), new("FiscalYear", "2570"), new("Input.Title", "ผู้ตรวจสอบแก้ไข")]);
                    using var response = await auditor.SendAsync(request);
                    writes++;
                    var status = (int)response.StatusCode;
                    var key = $"{method} {route.Template} {handler}";
                    if (status == 403)
                    {
                        refused.Add(key);
                    }
                    else if (status < 400 && !(route.Template == "/staff/{org}" && handler == "Read"))
                    {
                        // (The dashboard's "Read" only marks the auditor's own notifications as read.)
                        failures.Add($"{method} {target} → {status}: the write was not refused");
                    }
                    else
                    {
                        tried.Add(key);
                    }
                }
            }
        }

        // Every write was refused with 403 at least once (with a real id); other answers were 4xx for ids of another kind.
        var neverRefused = tried.Where(k => !refused.Contains(k) && !k.EndsWith(" Read", StringComparison.Ordinal)).ToList();
        Assert.True(neverRefused.Count == 0, "writes never answered 403: " + string.Join("\n", neverRefused));
        var staffPages = Routes(app).Where(r => !r.IsApi).Select(r => r.Template).ToList();
        var neverRead = staffPages.Where(p => !readPages.Contains(p)).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(neverRead.Count == 0, "pages the auditor never read with 200: " + string.Join(", ", neverRead));
        Assert.Contains($"/staff/{{org}}/documents", readPages);
        Assert.True(writes > 20, $"only {writes} writes were tried");
        Assert.Equal(before, await CountsAsync(app, org.Id));
    }

    private sealed record Ids(IReadOnlyList<string> Integers, IReadOnlyList<string> Users, IReadOnlyList<string> Years, IReadOnlyList<string> Months)
    {
        public IEnumerable<string> For(string parameter) =>
            parameter.Contains("year", StringComparison.OrdinalIgnoreCase) || parameter.Equals("fy", StringComparison.OrdinalIgnoreCase) ? Years
            : parameter.Equals("month", StringComparison.OrdinalIgnoreCase) ? Months
            : parameter.Contains("version", StringComparison.OrdinalIgnoreCase) ? ["1"]
            : parameter.Equals("id", StringComparison.OrdinalIgnoreCase) || parameter.EndsWith("Id", StringComparison.Ordinal) ? Integers.Concat(Users)
            : ["1"];
    }

    private sealed record StaffRoute(string Template, bool IsApi, IReadOnlySet<string> Methods, IReadOnlyList<string> GetHandlers, IReadOnlyList<(string Method, string? Handler)> Writes)
    {
        /// <summary>The template with every parameter filled by each candidate id in turn (a page without parameters: once).</summary>
        public IEnumerable<string> Urls(string slug, Ids ids)
        {
            // A {handler?} segment is left empty: handlers go in the query string.
            var url = Template.Replace("{org}", slug, StringComparison.Ordinal).Replace("/{handler?}", "", StringComparison.Ordinal);
            var parameters = ParameterPattern().Matches(url).Select(m => m.Groups[1].Value).Distinct().ToList();
            if (parameters.Count == 0)
            {
                return [url];
            }

            // Each parameter takes its own kind of value (a fiscal year, an id), in every combination: walked side
            // by side, which ids met which year would depend on how many rows each table happens to hold.
            var optionalOnly = ParameterPattern().Matches(url).All(m => m.Value.Contains('?', StringComparison.Ordinal));
            var combinations = new List<Dictionary<string, string>> { new(StringComparer.Ordinal) };
            foreach (var parameter in parameters)
            {
                combinations = combinations.SelectMany(c => ids.For(parameter).DefaultIfEmpty("1").Distinct()
                    .Select(value => new Dictionary<string, string>(c, StringComparer.Ordinal) { [parameter] = value })).ToList();
            }

            var filled = combinations.Select(c => ParameterPattern().Replace(url, m => Uri.EscapeDataString(c[m.Groups[1].Value]))).Distinct();
            return optionalOnly ? filled.Prepend(ParameterPattern().Replace(url, "").TrimEnd('/')) : filled;
        }
    }

    [GeneratedRegex("\\{([^}:?]+)[^}]*\\}")]
    private static partial Regex ParameterPattern();

    private static IEnumerable<StaffRoute> Routes(ProngsaiApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Template: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
            .Where(e => e.Template.StartsWith("/staff/{org}", StringComparison.Ordinal) || e.Template.StartsWith("/api/v1/orgs/{org}", StringComparison.Ordinal));
        foreach (var group in endpoints.GroupBy(e => e.Template))
        {
            var isApi = group.Key.StartsWith("/api/", StringComparison.Ordinal);
            var methods = group.SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).ToHashSet(StringComparer.Ordinal);
            var model = group.Select(e => PageModelOf(e.Endpoint)).FirstOrDefault(t => t is not null);
            var handlers = model?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal)).Select(m => m.Name).ToList() ?? [];
            var getHandlers = handlers.Where(n => n.StartsWith("OnGet", StringComparison.Ordinal)).Select(n => HandlerName(n, "OnGet")).Where(n => n.Length > 0).Distinct().ToList();
            var writes = isApi
                ? methods.Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE").Select(m => (m, (string?)null)).ToList()
                : handlers.Where(n => n.StartsWith("OnPost", StringComparison.Ordinal))
                    .Select(n => HandlerName(n, "OnPost")).Distinct().Select(h => ("POST", h.Length == 0 ? null : (string?)h)).ToList();
            yield return new StaffRoute(group.Key, isApi, methods, getHandlers, writes);
        }
    }

    private static string HandlerName(string method, string prefix)
    {
        var name = method[prefix.Length..];
        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
    }

    private static Type? PageModelOf(Microsoft.AspNetCore.Http.Endpoint endpoint)
    {
        var page = endpoint.Metadata.OfType<PageActionDescriptor>().FirstOrDefault();
        return page is null ? null
            : typeof(Program).Assembly.GetType("Prongsai.Web" + page.RelativePath.Replace(".cshtml", "Model", StringComparison.Ordinal).Replace('/', '.'));
    }

    private static async Task<Ids> IdsAsync(ProngsaiApp app, int organizationId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var integers = new List<int>();
        integers.AddRange(await db.Documents.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.Measures.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.MeasureSteps.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.ProgressEntries.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.Evidence.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.Attachments.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.Executives.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.OrganizationPages.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).ToListAsync());
        integers.AddRange(await db.Departments.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).Select(d => d.Id).Take(1).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Requests.TrackedRequest>().IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId).Select(r => r.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Circulars.Circular>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId).Select(c => c.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Assets.Asset>().IgnoreQueryFilters().Where(a => a.OrganizationId == organizationId).Select(a => a.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Assets.AssetLoan>().IgnoreQueryFilters().Where(l => l.OrganizationId == organizationId).Select(l => l.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Gifts.GiftReport>().IgnoreQueryFilters().Where(g => g.OrganizationId == organizationId).Select(g => g.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.CorruptionRisks.CorruptionRisk>().IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId).Select(r => r.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.AntiCorruption.PlanProject>().IgnoreQueryFilters().Where(j => j.OrganizationId == organizationId).Select(j => j.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Consultations.Consultation>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId).Select(c => c.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Consultations.Opinion>().IgnoreQueryFilters().Where(o => o.OrganizationId == organizationId).Select(o => o.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.ServiceStatistics.CountedService>().IgnoreQueryFilters().Where(s => s.OrganizationId == organizationId).Select(s => s.Id).ToListAsync());
        integers.AddRange(await db.Set<Prongsai.Core.Budget.BudgetLine>().IgnoreQueryFilters().Where(l => l.OrganizationId == organizationId).Select(l => l.Id).Take(1).ToListAsync());
        var users = await db.Users.Where(u => u.OrganizationId == organizationId).Select(u => u.Id).Take(1).ToListAsync();
        integers.AddRange(await db.Set<Prongsai.Core.Ita.Checklist.ItaChecklistItem>().IgnoreQueryFilters().Where(i => i.OrganizationId == organizationId).Select(i => i.Id).Take(3).ToListAsync());
        var years = await db.MeasurePlans.IgnoreQueryFilters().Where(p => p.OrganizationId == organizationId).Select(p => p.FiscalYear).ToListAsync();
        years.AddRange(await db.Set<Prongsai.Core.CorruptionRisks.RiskAssessment>().IgnoreQueryFilters().Where(a => a.OrganizationId == organizationId).Select(a => a.FiscalYear).ToListAsync());
        years.AddRange(await db.Set<Prongsai.Core.AntiCorruption.AntiCorruptionPlan>().IgnoreQueryFilters().Where(p => p.OrganizationId == organizationId).Select(p => p.FiscalYear).ToListAsync());
        years.AddRange(await db.Set<Prongsai.Core.Ita.Checklist.ItaChecklist>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId).Select(c => c.FiscalYear).ToListAsync());
        years.AddRange(await db.Set<Prongsai.Core.Satisfaction.SatisfactionResponse>().IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId).Select(r => r.FiscalYear).Distinct().ToListAsync());
        // Months ("yyyy-MM") recorded in the service statistics, so their month pages are read with one that exists.
        var months = await db.Set<Prongsai.Core.ServiceStatistics.ServiceMonthCount>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId)
            .Select(c => c.Month).Distinct().ToListAsync();
        return new Ids(
            integers.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList(),
            users,
            years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            months.Select(m => Prongsai.Core.Calendar.YearMonth.FromDate(m).ToString()).ToList());
    }

    /// <summary>Rows of every tenant table and the organization's own fields, to show nothing changed.</summary>
    private static async Task<string> CountsAsync(ProngsaiApp app, int organizationId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var text = new StringBuilder();
        text.Append(await db.Documents.IgnoreQueryFilters().CountAsync(d => d.OrganizationId == organizationId)).Append(';');
        text.Append(string.Join(",", await db.Documents.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).OrderBy(d => d.Id).Select(d => d.Title + d.Status).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Measures.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).OrderBy(d => d.Id).Select(d => d.Title).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Departments.IgnoreQueryFilters().Where(d => d.OrganizationId == organizationId).OrderBy(d => d.Id).Select(d => d.Name).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Users.Where(u => u.OrganizationId == organizationId).OrderBy(u => u.Id).Select(u => u.DisplayName + u.PasswordHash).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.Gifts.GiftReport>().IgnoreQueryFilters().Where(g => g.OrganizationId == organizationId)
            .OrderBy(g => g.Id).Select(g => new { g.Status, g.Decision, g.SettledOn }).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.CorruptionRisks.CorruptionRisk>().IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId)
            .OrderBy(r => r.Id).Select(r => new { r.Process, r.Likelihood, r.Impact, r.Assessment!.Status, FollowUps = r.FollowUps.Count }).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.AntiCorruption.PlanProject>().IgnoreQueryFilters().Where(j => j.OrganizationId == organizationId)
            .OrderBy(j => j.Id).Select(j => new { j.Name, j.Budget, j.Plan!.Status, j.Plan.Title, Reports = j.Reports.Count }).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.Consultations.Consultation>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId)
            .OrderBy(c => c.Id).Select(c => new { c.Title, c.Status, c.OpensOn, c.ClosesOn, c.Summary, Counted = c.Opinions.Count(o => !o.Excluded) }).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.Satisfaction.SatisfactionReport>().IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId)
            .OrderBy(r => r.FiscalYear).Select(r => new { r.FiscalYear, r.Findings, r.PublishedAt }).ToListAsync())).Append(';');
        text.Append(await db.Set<Prongsai.Core.Satisfaction.SatisfactionResponse>().IgnoreQueryFilters().CountAsync(r => r.OrganizationId == organizationId)).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.ServiceStatistics.CountedService>().IgnoreQueryFilters().Where(s => s.OrganizationId == organizationId)
            .OrderBy(s => s.Id).Select(s => new { s.Name, s.Unit, s.DepartmentId, s.RetiredAt }).ToListAsync())).Append(';');
        text.Append(string.Join(",", await db.Set<Prongsai.Core.ServiceStatistics.ServiceMonthCount>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId)
            .OrderBy(c => c.Id).Select(c => new { c.ServiceId, c.Month, c.Count }).ToListAsync())).Append(';');
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId);
        text.Append(organization.Name).Append(organization.Address).Append(organization.Phone);
        return text.ToString();
    }

    /// <summary>Confirmation pages ask before a delete, a publication, an unpublication, a withdrawal, a closing or a write-off (GET shows what will happen, POST does it).</summary>
    private static bool IsConfirmation(string template) =>
        template.EndsWith("/delete", StringComparison.Ordinal) || template.EndsWith("/publish", StringComparison.Ordinal)
        || template.EndsWith("/unpublish", StringComparison.Ordinal) || template.EndsWith("/cancel", StringComparison.Ordinal)
        || template.EndsWith("/close", StringComparison.Ordinal)
        || template.EndsWith("/withdraw", StringComparison.Ordinal)
        || template.EndsWith("/retire", StringComparison.Ordinal);
}
