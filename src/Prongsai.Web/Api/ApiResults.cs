using Microsoft.AspNetCore.Antiforgery;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Api;

/// <summary>Filters shared by the API endpoints (errors become HTTP in Infrastructure/UseCaseErrors).</summary>
public static class ApiResults
{
    /// <summary>
    /// Staff API writes ride on the sign-in cookie, so they need the antiforgery header too:
    /// another site cannot make a signed-in browser post to them.
    /// </summary>
    public static RouteHandlerBuilder RequireAntiforgeryHeader(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                return TypedResults.Problem(
                    title: Lang.T("คำขอไม่มีรหัสป้องกันการปลอมแปลง (antiforgery) ที่ถูกต้อง", "Missing or invalid antiforgery token"),
                    statusCode: StatusCodes.Status400BadRequest);
            }

            return await next(context);
        });
}
