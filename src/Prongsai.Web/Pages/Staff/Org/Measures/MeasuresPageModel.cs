using Prongsai.Core.Common;
using Prongsai.Core.Measures;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>Base of the measures back-office pages: the signed-in member as the measures use cases see them.</summary>
public abstract class MeasuresPageModel : StaffPageModel
{
    public MeasureActor Actor => new(Member.User?.Id, Member.User?.DisplayName ?? Member.User?.Email ?? "", Member.Roles, Member.DepartmentIds);

    /// <summary>A verb with no handler (PUT, DELETE, an unknown ?handler=) is 405, never a page rendered without its data.</summary>
    public override Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = StatusCode(StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }

        return base.OnPageHandlerExecutionAsync(context, next);
    }

    /// <summary>Forbidden and not-found errors become 403/404; anything else goes on the form.</summary>
    protected Microsoft.AspNetCore.Mvc.IActionResult? StatusFor(IReadOnlyList<Error> errors) =>
        errors.FirstOrDefault()?.Code switch
        {
            "forbidden" => Forbid(),
            "not_found" => NotFound(),
            _ => null,
        };
}
