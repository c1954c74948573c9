using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures;

/// <summary>Who may change which measure: department roles only their own departments' or all-departments measures.</summary>
public static class MeasureAccess
{
    public static bool CanEdit(this StaffActor actor, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(measure);
        return actor.HasFor(MeasurePermissions.EditMeasures, measure.AllDepartments, measure.Departments.Select(d => d.DepartmentId));
    }
}
