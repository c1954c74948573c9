using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Every staff page and API route of organization scope, found from the app's own endpoint
/// table (so new routes are covered without editing this test), is called by organization A's
/// administrator with every HTTP verb: once with B's slug, once with A's slug and B's entity ids.
/// B's slug must give 403/404/405; A's slug with B's ids must never show B's data, never fail
/// with 5xx, and nothing of B may change.
/// </summary>
public sealed class TenantIsolationTests
{
    private static readonly HttpMethod[] Verbs = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch];

    [Theory, Providers]
    public async Task A_user_of_one_organization_cannot_read_or_change_another(DbProvider provider)
    {
        var app = Apps.For(provider);
        var a = await TestOrg.CreateAsync(app);
        var marker = "ลับเฉพาะ" + Guid.NewGuid().ToString("N")[..8];
        var b = await TestOrg.CreateAsync(app);
        await IsolationSeed.FillAsync(app, b, marker);
        var before = await SnapshotAsync(app, b.Id);
        var bIds = await IdsOfAsync(app, b.Id);

        var client = await app.SignedInAsync(a[OrgRole.OrgAdmin]);
        var token = await client.AntiforgeryTokenAsync($"/staff/{a.Slug}/departments");
        var routes = OrganizationRoutes(app).ToList();
        Assert.Contains(routes, r => r.Template.StartsWith("/staff/{org}", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Template.StartsWith("/api/v1/orgs/{org}", StringComparison.Ordinal));

        var failures = new List<string>();
        var requests = 0;
        foreach (var route in routes)
        {
            foreach (var verb in Verbs)
            {
                foreach (var handler in route.Handlers.DefaultIfEmpty(null))
                {
                    foreach (var (url, crossOrganization) in Urls(route, handler, a.Slug, b.Slug, bIds))
                    {
                        requests++;
                        using var request = new HttpRequestMessage(verb, url);
                        request.Headers.Add("RequestVerificationToken", token);
                        if (verb != HttpMethod.Get)
                        {
                            request.Content = route.IsApi
                                ? new StringContent("{}", Encoding.UTF8, "application/json")
                                : new FormUrlEncodedContent(FormFields(token, bIds));
                        }

                        using var response = await client.SendAsync(request);
                        var status = (int)response.StatusCode;
                        var body = await response.Content.ReadAsStringAsync();
                        if (status >= 500)
                        {
                            failures.Add($"{verb} {url} → {status}");
                        }
                        else if (crossOrganization && route.RequiresAuthorizationFor(verb.Method) && status is not (403 or 404 or 405))
                        {
                            failures.Add($"{verb} {url} (B's slug) → {status}, expected 403/404/405");
                        }
                        else if (body.Contains(marker, StringComparison.Ordinal))
                        {
                            failures.Add($"{verb} {url} → {status} shows organization B's data");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests crossed the line:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(requests > 50, $"only {requests} requests were made");
        Assert.Equal(before, await SnapshotAsync(app, b.Id));
    }

    /// <summary>One route template and, per HTTP verb, whether the endpoint serving it needs a signed-in member.
    /// Public reads (an organization's profile, its departments) are open to anyone by design.</summary>
    private sealed record OrgRoute(string Template, bool IsApi, IReadOnlyDictionary<string, bool> AuthorizationByVerb, bool AuthorizationForOtherVerbs,
        IReadOnlyList<string> Handlers, IReadOnlyList<string> HandlerParameters)
    {
        public bool RequiresAuthorizationFor(string verb) => AuthorizationByVerb.TryGetValue(verb, out var value) ? value : AuthorizationForOtherVerbs;
    }

    /// <summary>All endpoints whose route begins with the organization: staff pages and the API.</summary>
    private static IEnumerable<OrgRoute> OrganizationRoutes(ProngsaiApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Template: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
            .Where(e => e.Template.StartsWith("/api/v1/orgs/{org}", StringComparison.Ordinal) || e.Template.StartsWith("/staff/{org}", StringComparison.Ordinal));
        foreach (var group in endpoints.GroupBy(e => e.Template))
        {
            var isApi = group.Key.StartsWith("/api/", StringComparison.Ordinal);
            var byVerb = new Dictionary<string, bool>(StringComparer.Ordinal);
            var otherVerbs = !isApi;
            var handlerMethods = new List<MethodInfo>();
            foreach (var (endpoint, _) in group)
            {
                var requiresAuthorization = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any()
                    && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
                var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
                if (methods is null)
                {
                    otherVerbs = requiresAuthorization || !isApi;
                }
                else
                {
                    foreach (var method in methods)
                    {
                        byVerb[method] = requiresAuthorization || !isApi;
                    }
                }

                handlerMethods.AddRange(PageModelOf(endpoint)?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal)) ?? []);
            }

            var handlers = handlerMethods.Select(HandlerName).Where(n => n.Length > 0).Distinct().ToList();
            var parameters = handlerMethods.SelectMany(m => m.GetParameters()).Select(p => p.Name!).Distinct().ToList();
            yield return new OrgRoute(group.Key, isApi, byVerb, otherVerbs, handlers, parameters);
        }
    }

    /// <summary>Razor page endpoints name their .cshtml; the model class sits beside it by convention.</summary>
    private static Type? PageModelOf(Microsoft.AspNetCore.Http.Endpoint endpoint)
    {
        var page = endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>().FirstOrDefault();
        if (page is null)
        {
            return null;
        }

        var typeName = "Prongsai.Web" + page.RelativePath.Replace(".cshtml", "Model", StringComparison.Ordinal).Replace('/', '.');
        return typeof(Program).Assembly.GetType(typeName);
    }

    private static string HandlerName(MethodInfo method)
    {
        var name = method.Name["On".Length..];
        foreach (var verb in new[] { "Get", "Post", "Put", "Delete", "Patch" })
        {
            if (name.StartsWith(verb, StringComparison.Ordinal))
            {
                name = name[verb.Length..];
                break;
            }
        }

        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
    }

    private static IEnumerable<(string Url, bool CrossOrganization)> Urls(OrgRoute route, string? handler, string aSlug, string bSlug, BIds ids)
    {
        var parameters = System.Text.RegularExpressions.Regex.Matches(route.Template, "\\{([^}:?]+)[^}]*\\}")
            .Select(m => m.Groups[1].Value).Where(p => p != "org").ToList();
        var query = handler is null ? "" : $"?handler={handler}";

        // B's slug with B's ids: the organization itself is someone else's. Each of B's years is tried, because a page
        // that refuses a year (a future one, one without a plan) would answer 404 before it looked at the organization.
        var years = parameters.Where(IsYear).SelectMany(ids.For).Distinct().DefaultIfEmpty("");
        foreach (var year in years)
        {
            yield return (Fill(route.Template, bSlug, parameters, p => IsYear(p) ? year : ids.For(p).FirstOrDefault() ?? "1") + query, true);
        }

        // A's slug with each of B's ids in every id-like place (route and handler parameters).
        var idCandidates = parameters.Concat(route.HandlerParameters).Distinct().ToList();
        var values = idCandidates.Count == 0 ? [""] : idCandidates.SelectMany(ids.For).Distinct().DefaultIfEmpty("1");
        foreach (var value in values)
        {
            var url = Fill(route.Template, aSlug, parameters, _ => value);
            var extra = string.Join("", route.HandlerParameters.Select(p => $"&{p}={Uri.EscapeDataString(value)}"));
            yield return (url + (query.Length == 0 ? (extra.Length == 0 ? "" : "?" + extra[1..]) : query + extra), false);
        }
    }

    private static bool IsYear(string parameter) => parameter.Contains("year", StringComparison.OrdinalIgnoreCase);

    private static string Fill(string template, string slug, IEnumerable<string> parameters, Func<string, string> value)
    {
        var url = template.Replace("{org}", slug, StringComparison.Ordinal);
        foreach (var parameter in parameters)
        {
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{" + parameter + "[^}]*\\}", Uri.EscapeDataString(value(parameter)));
        }

        return url;
    }

    private static IEnumerable<KeyValuePair<string, string>> FormFields(string token, BIds ids)
    {
        yield return new("__RequestVerificationToken", token);
        foreach (var id in ids.Integers.Take(3))
        {
            yield return new("id", id);
        }

        yield return new("name", "hijack");
    }

    /// <summary>B's row ids by kind: integers of every tenant table, user ids, fiscal years.</summary>
    private sealed record BIds(IReadOnlyList<string> Integers, IReadOnlyList<string> Users, IReadOnlyList<string> Years)
    {
        public IEnumerable<string> For(string parameter) =>
            IsYear(parameter) ? Years.Concat(["2567"]).Distinct()
            : parameter.Contains("version", StringComparison.OrdinalIgnoreCase) ? ["1"]
            : parameter.Equals("id", StringComparison.OrdinalIgnoreCase) || parameter.EndsWith("Id", StringComparison.Ordinal)
                ? Integers.Concat(Users)
                : [];
    }

    private static async Task<BIds> IdsOfAsync(ProngsaiApp app, int organizationId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var integers = new List<string>();
        foreach (var entityType in db.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            var key = entityType.FindPrimaryKey()?.Properties.SingleOrDefault();
            if (key?.ClrType != typeof(int))
            {
                continue;
            }

            var rows = await QueryIdsAsync(db, entityType.ClrType, organizationId);
            integers.AddRange(rows.Take(2).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var users = await db.Users.Where(u => u.OrganizationId == organizationId).Select(u => u.Id).Take(3).ToListAsync();
        var years = await db.MeasurePlans.IgnoreQueryFilters().Where(p => p.OrganizationId == organizationId)
            .Select(p => p.FiscalYear).ToListAsync();
        years.AddRange(await db.Set<Prongsai.Core.CorruptionRisks.RiskAssessment>().IgnoreQueryFilters().Where(a => a.OrganizationId == organizationId)
            .Select(a => a.FiscalYear).ToListAsync());
        years.AddRange(await db.Set<Prongsai.Core.AntiCorruption.AntiCorruptionPlan>().IgnoreQueryFilters().Where(p => p.OrganizationId == organizationId)
            .Select(p => p.FiscalYear).ToListAsync());
        years.AddRange(await db.Set<Prongsai.Core.Satisfaction.SatisfactionResponse>().IgnoreQueryFilters().Where(r => r.OrganizationId == organizationId)
            .Select(r => r.FiscalYear).Distinct().ToListAsync());
        // The service figures' pages take no year after this one: B's figures are of a recent month.
        var months = await db.Set<Prongsai.Core.ServiceStatistics.ServiceMonthCount>().IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId)
            .Select(c => c.Month).Distinct().ToListAsync();
        years.AddRange(months.Select(m => Prongsai.Core.Calendar.FiscalYear.ForDate(m).BeYear));
        return new BIds(integers.Distinct().ToList(), users, years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
    }

    private static async Task<List<int>> QueryIdsAsync(ProngsaiDbContext db, Type type, int organizationId)
    {
        var method = typeof(TenantIsolationTests).GetMethod(nameof(IdsOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return await (Task<List<int>>)method.Invoke(null, [db, organizationId])!;
    }

    private static Task<List<int>> IdsOf<T>(ProngsaiDbContext db, int organizationId) where T : class, ITenantOwned =>
        db.Set<T>().IgnoreQueryFilters().Where(e => e.OrganizationId == organizationId)
            .Select(e => EF.Property<int>(e, "Id")).OrderBy(i => i).ToListAsync();

    /// <summary>Everything of B that a request could change, as one comparable text.</summary>
    private static async Task<string> SnapshotAsync(ProngsaiApp app, int organizationId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var text = new StringBuilder();
        foreach (var entityType in db.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)).OrderBy(t => t.Name))
        {
            var method = typeof(TenantIsolationTests).GetMethod(nameof(RowsOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entityType.ClrType);
            text.Append(entityType.ClrType.Name).Append(':').Append(await (Task<string>)method.Invoke(null, [db, organizationId])!).Append('\n');
        }

        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId);
        text.Append(System.Text.Json.JsonSerializer.Serialize(new { organization.Name, organization.Slug, organization.Address, organization.Phone, organization.Email, organization.LogoFileKey }));
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId).OrderBy(u => u.Id)
            .Select(u => u.Id + u.DisplayName + u.PasswordHash + u.LockoutEnd).ToListAsync();
        text.Append(string.Join("|", users));
        return text.ToString();
    }

    private static async Task<string> RowsOf<T>(ProngsaiDbContext db, int organizationId) where T : class, ITenantOwned
    {
        var rows = await db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(e => e.OrganizationId == organizationId).ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(rows.Select(r => System.Text.Json.JsonSerializer.Serialize(r, SnapshotOptions)).Order(StringComparer.Ordinal));
    }

    private static readonly System.Text.Json.JsonSerializerOptions SnapshotOptions = new()
    {
        ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles,
        MaxDepth = 8,
    };
}
