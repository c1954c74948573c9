using Prongsai.Core.Common;
using Prongsai.Core.Measures;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>Base of the measures back-office pages: the signed-in member as the measures use cases see them.</summary>
public abstract class MeasuresPageModel : StaffPageModel
{
    public MeasureActor Actor => new(Member.User?.Id, Member.User?.DisplayName ?? Member.User?.Email ?? "", Member.Roles, Member.DepartmentIds);

    /// <summary>Forbidden and not-found errors become 403/404; anything else goes on the form.</summary>
    protected Microsoft.AspNetCore.Mvc.IActionResult? StatusFor(IReadOnlyList<Error> errors) =>
        errors.FirstOrDefault()?.Code switch
        {
            "forbidden" => Forbid(),
            "not_found" => NotFound(),
            _ => null,
        };
}
