using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Data;
using Prongsai.Web.Api;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;
// No "Server: Kestrel" header: it tells an attacker what to look up, and nobody else needs it.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var configuration = builder.Configuration;

services.AddProngsaiData(configuration);
services.AddProngsaiCore();
services.AddProngsaiFeatures(configuration);

// Identity: cookie sign-in for staff; keys shared by every node through the database.
services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
services.ConfigureApplicationCookie(options =>
{
    options.Cookie.Name = PublicReadRouting.StaffCookie;
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.LoginPath = "/staff/signin";
    options.LogoutPath = "/staff/signout";
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.SlidingExpiration = true;
    options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
    // A cookie whose security stamp is no longer the account's (signed out — a copy of the cookie included —,
    // closed, reopened, password reset) or of a closed account is no sign-in at all: refused and deleted at once,
    // so pages send to the sign-in form and the API answers 401. Identity's own validator still refreshes the
    // claims every minute.
    options.Events.OnValidatePrincipal = async context =>
    {
        var session = context.HttpContext.RequestServices.GetRequiredService<StaffSession>();
        if (context.Principal is null || await session.ValidateAsync(context.Principal, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    };
    // A signed-in user without the right gets a plain 403 (the Thai error page), never a redirect.
    options.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});
services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
services.AddDataProtection().SetApplicationName("Prongsai").PersistKeysToDbContext<ProngsaiDbContext>();

// Thai text goes out as UTF-8 characters, not &#x...; entities (a third of the bytes, and searchable).
services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
services.AddHttpContextAccessor();
services.AddScoped<IAuditActor, HttpAuditActor>();
services.AddScoped<StaffSession>();
services.AddScoped<IAuthorizationHandler, PermissionHandler>();
services.AddScoped<IAuthorizationHandler, ChangePermissionHandler>();
services.AddScoped<IAuthorizationHandler, OperatorHandler>();
services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
services.AddAuthorization();
services.AddSingleton<OrganizationDirectory>();
services.AddSingleton<OrganizationCatalog>();
services.AddSingleton<InlineStylesheet>();
services.AddMemoryCache();
services.AddSingleton<TrackingGuard>();
services.AddSingleton<SubmittedForms>();

services.AddRazorPages(options =>
{
    // Fail closed: every back-office page needs a signed-in member with back-office access
    // unless the page says otherwise ([AllowAnonymous] on sign-in, operator policy on operator pages).
    options.Conventions.AuthorizeFolder("/Staff/Org", PermissionPolicies.NameOf(OrganizationPermissions.ViewBackOffice));
    options.Conventions.AuthorizeFolder("/Staff/Operator", PermissionPolicies.Operator);
    options.Conventions.AuthorizeFolder("/Staff/Account");
    options.Conventions.AddPageRoute("/Public/InfoPage", "{org}/policies/{key?}");
    options.Conventions.ConfigureFilter(new UnhandledMethodFilter());
    options.Conventions.ConfigureFilter(new CheckboxValueFilter());
    options.Conventions.ConfigureFilter(new FormFailureFilter());
}).AddMvcOptions(ThaiModelBinding.Configure);
services.AddAntiforgery(options =>
{
    options.Cookie.Name = "prongsai.af";
    options.HeaderName = "RequestVerificationToken";
    // Secure over HTTPS (the scheme a configured reverse proxy forwards), still usable over plain HTTP on an intranet.
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
services.AddProblemDetails();
services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new NulCharacters.RefusingJsonConverter());
    o.SerializerOptions.Encoder = JsonBodies.Encoder;
});
services.AddOpenApi(options => options.AddOperationTransformer<OpenApiPathParameters>());
services.AddProngsaiHealthChecks();
services.AddProngsaiRateLimits(configuration);
services.AddProngsaiReadRouting(configuration);
services.AddProngsaiUploadLimits();
services.AddProngsaiReverseProxy(configuration);
services.Configure<RequestLocalizationOptions>(options =>
{
    options.DefaultRequestCulture = new RequestCulture(Lang.Thai);
    options.SupportedCultures = [Lang.Thai, Lang.English];
    options.SupportedUICultures = [Lang.Thai, Lang.English];
    options.RequestCultureProviders = [new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" }, new CookieRequestCultureProvider()];
});

var app = builder.Build();

// A mistake in the settings stops here, before the database is touched: one line per problem, no stack trace
// (StartupSettings; README, "Configuration").
if (StartupSettings.Problems(app.Services) is { Count: > 0 } problems)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync(problem);
    }

    // Under the tests' host (WebApplicationFactory runs this entry point in its own process) the failure is raised, so
    // that starting the app fails there as it does here.
    if (app.Environment.IsEnvironment(StartupSettings.TestingEnvironment))
    {
        throw new StartupSettingsException(problems);
    }

    return StartupSettings.ExitCode;
}

await app.PrepareDatabaseAsync();

app.UseProngsaiForwardedHeaders(app.Configuration);
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/staff"), branch => branch.UseResponseCompression());
app.UseSecurityHeaders();
app.UseExceptionHandler("/error/500");
// The query is replaced, so the failed request's own handler and values never reach the error page.
app.UseStatusCodePagesWithReExecute("/error/{0}", "?status={0}");
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseNulCharacterGuard();
app.UseMiddleware<OrganizationResolutionMiddleware>();
app.UseRouting();
// Before authentication: a cached public page is served with no more work than a static file (docs/performance.md).
app.UseMiddleware<PublicPageCache>();
app.UseAuthentication();
app.UseMiddleware<PasswordChangeGate>();
app.UseAuthorization();
app.UseRateLimiter();
app.UseRequestFormBudget();
app.UseAntiforgery();
// After authentication (a repeat is recognised per member) and the limits; before any handler runs.
app.UseMiddleware<SubmitOnce>();

app.MapProngsaiHealth();
app.MapFavicon();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapProngsaiApis();
app.MapPortalEndpoints();
app.MapLanguageSwitch();
app.MapRazorPages();
if (app.Configuration.GetValue<bool>(BenchCeiling.EnabledKey))
{
    app.MapBenchCeiling(app.Configuration);
}

await app.RunAsync();
return 0;

static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    // A form sent after its session ended (signed out on another device, expired, account closed) holds what the
    // member typed, and a redirect would drop it: Back meets another redirect. The error page answers 401 with the
    // text and a way to send it again once signed in (FormFailureReason.SignedOut). A page asked for is still sent to
    // the sign-in form.
    if (FormFailure.IsBrowserForm(context.Request))
    {
        FormFailure.Answer(context.HttpContext, FormFailureReason.SignedOut);
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
