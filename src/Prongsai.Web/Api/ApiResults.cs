using Microsoft.AspNetCore.Antiforgery;
using Prongsai.Core.Common;

namespace Prongsai.Web.Api;

/// <summary>Maps a use case's errors to ProblemDetails with the right status code.</summary>
public static class ApiResults
{
    public static IResult Problem(IReadOnlyList<Error> errors)
    {
        var first = errors[0];
        var status = first.Code switch
        {
            "not_found" => StatusCodes.Status404NotFound,
            "forbidden" => StatusCodes.Status403Forbidden,
            "conflict" => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };

        if (status == StatusCodes.Status400BadRequest)
        {
            var fields = errors.GroupBy(e => e.Field ?? "")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(fields, title: "ข้อมูลไม่ถูกต้อง / Invalid input");
        }

        return TypedResults.Problem(title: first.Message, statusCode: status);
    }

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
                    title: "คำขอไม่มีรหัสป้องกันการปลอมแปลง (antiforgery) ที่ถูกต้อง / Missing or invalid antiforgery token",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            return await next(context);
        });
}
