using Microsoft.AspNetCore.Authorization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prongsai.Core.Data;
using Prongsai.Documents.Pdf;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// /healthz: 200 when the process is up and the database answers. Everyone gets the overall status (load
/// balancers and the tests poll it); each check's state and details (database provider, Chromium path) only
/// go to the platform Operator or to a caller on the machine itself, since they help an attacker map the host.
/// </summary>
public static class HealthEndpoint
{
    public static IServiceCollection AddProngsaiHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<SchemaSeenComplete>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<PdfConverterHealthCheck>("pdfConverter");
        return services;
    }

    public static IEndpointRouteBuilder MapProngsaiHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                if (!await MayReadDetailsAsync(context))
                {
                    await context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, JsonSerializerOptions.Web));
                    return;
                }

                var body = new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(
                        e => e.Key,
                        e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
                };
                await context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
            },
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).DisableRateLimiting();
        return endpoints;
    }

    private static async Task<bool> MayReadDetailsAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (context.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(context.User, Authorization.PermissionPolicies.Operator)).Succeeded;
    }
}

/// <summary>
/// Whether this process has seen the schema complete: migrations are only applied before the app starts serving, so once
/// seen it stays so, and the balancer's polls need not read the migrations history every time.
/// </summary>
internal sealed class SchemaSeenComplete
{
    public volatile bool Seen;
}

internal sealed class DatabaseHealthCheck(ProngsaiDbContext db, SchemaSeenComplete schema) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            // A database that answers without this version's tables (started with MigrateOnStart off, restored from an
            // older backup) fails every page: the balancer must not send people to it.
            var pending = schema.Seen ? 0 : (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            schema.Seen = pending == 0;
            return pending == 0
                ? HealthCheckResult.Healthy(db.Database.ProviderName)
                : HealthCheckResult.Unhealthy(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The database schema is behind this version: {pending} migrations are not applied."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}

/// <summary>Without Chromium the site works but cannot make PDFs: degraded, not down (still 200).</summary>
internal sealed class PdfConverterHealthCheck(IPdfConverter converter) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = converter.CheckStatus();
        return Task.FromResult(status.Available
            ? HealthCheckResult.Healthy(status.ExecutablePath)
            : HealthCheckResult.Degraded(status.Message));
    }
}
