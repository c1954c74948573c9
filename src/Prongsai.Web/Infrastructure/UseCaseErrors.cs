using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Common;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The one place where a use case's typed errors become HTTP: pages and the API answer alike
/// (forbidden 403, not found 404, conflict 409, validation 400 with the errors per field).
/// </summary>
public static class UseCaseErrors
{
    /// <summary>The title of every validation problem the API answers, in the request's language (Thai unless ?lang=en).</summary>
    public static string InvalidInputTitle => Lang.T("ข้อมูลไม่ถูกต้อง", "Invalid input");

    public static int StatusOf(IReadOnlyList<Error> errors) =>
        errors.FirstOrDefault() switch
        {
            ForbiddenError => StatusCodes.Status403Forbidden,
            NotFoundError => StatusCodes.Status404NotFound,
            ConflictError => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };

    /// <summary>ProblemDetails for the API: a validation problem with field errors, or a problem with the first message.</summary>
    public static IResult ForApi(IReadOnlyList<Error> errors)
    {
        var status = StatusOf(errors);
        if (status == StatusCodes.Status400BadRequest)
        {
            var fields = errors.GroupBy(e => e.Field ?? "")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(fields, title: InvalidInputTitle);
        }

        return TypedResults.Problem(title: errors[0].Message, statusCode: status);
    }

    /// <summary>
    /// For a page: 403 or 404 as the answer; conflicts and validation errors go on the form (ModelState) and the
    /// page renders again, so null is returned and the page decides how.
    /// </summary>
    public static IActionResult? ForPage(PageModel page, IReadOnlyList<Error> errors, string? prefix = null)
    {
        switch (StatusOf(errors))
        {
            case StatusCodes.Status403Forbidden:
                return page.Forbid();
            case StatusCodes.Status404NotFound:
                return page.NotFound();
            default:
                AddToModelState(page.ModelState, errors, prefix);
                return null;
        }
    }

    /// <summary>
    /// For a page whose form acts on one row of a list it shows (a host waiting for a decision): the row may be gone or
    /// decided since the page was drawn, so every refusal but 403 is said on the page, which shows the list as it now is.
    /// 403 is the answer; otherwise the messages go on the page (ModelState) with its status set — 404 for a row that is
    /// not there, 409 for a conflict, 422 for the rest (<see cref="FormState.RefusedStatus"/>) — and null is returned.
    /// </summary>
    public static IActionResult? ForRowOfPage(PageModel page, IReadOnlyList<Error> errors)
    {
        var status = StatusOf(errors);
        if (status == StatusCodes.Status403Forbidden)
        {
            return page.Forbid();
        }

        AddToModelState(page.ModelState, errors);
        page.Response.StatusCode = status == StatusCodes.Status404NotFound ? status : FormState.RefusedStatus(errors);
        return null;
    }

    public static void AddToModelState(ModelStateDictionary state, IEnumerable<Error> errors, string? prefix = null)
    {
        foreach (var error in errors)
        {
            var key = error.Field is null ? string.Empty : (prefix is null ? error.Field : $"{prefix}.{error.Field}");
            state.AddModelError(key, error.Message);
        }
    }
}
