using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>The department a new service from a file gets, or why it cannot be added.</summary>
public sealed record NewServiceDepartment(DepartmentChoice? Choice, string? Warning, string? Error);

/// <summary>
/// Which department a service added by an import belongs to, under the same rule as the service form
/// (<see cref="ManageCountedServices"/>): the department the file names (ส่วนราชการ) when the member records for it;
/// with no name, or a name the office does not have, the whole office for those who record it (OrgAdmin), else the
/// member's one department. A department the member does not record for is refused, as is a member with several
/// departments and no name to choose by.
/// </summary>
public sealed class NewServiceDepartments(IReadOnlyList<DepartmentChoice> choices, IReadOnlyList<Department> departments)
{
    private DepartmentChoice? Default =>
        choices.FirstOrDefault(c => c.Id is null) ?? (choices.Count == 1 ? choices[0] : null);

    public NewServiceDepartment For(string? named)
    {
        if (named is null)
        {
            return Default is { } fallback ? new(fallback, null, null) : new(null, null, NoDefault);
        }

        var key = ServiceNames.Key(named);
        if (choices.FirstOrDefault(c => ServiceNames.Key(c.Name) == key) is { } chosen)
        {
            return new(chosen, null, null);
        }

        if (key == ServiceNames.Key(DepartmentChoices.WholeOffice))
        {
            return new(null, null, "บริการของทั้งหน่วยงานเพิ่มได้โดยผู้ดูแลระบบของหน่วยงาน ระบุส่วนราชการของคุณในคอลัมน์ \"ส่วนราชการ\"");
        }

        var known = departments.FirstOrDefault(d => ServiceNames.Key(d.Name) == key);
        if (known is { IsRetired: false })
        {
            return new(null, null, $"บริการใหม่ของ \"{known.Name}\" เพิ่มได้โดยผู้บันทึกสถิติของส่วนราชการนั้นหรือผู้ดูแลระบบ คุณเพิ่มได้เฉพาะบริการของส่วนราชการของคุณ");
        }

        if (Default is not { } other)
        {
            return new(null, null, $"ไม่พบส่วนราชการ \"{named}\" ที่คุณบันทึกได้ {NoDefault}");
        }

        var why = known is null ? $"ไม่พบส่วนราชการ \"{named}\" ในหน่วยงานนี้" : $"ส่วนราชการ \"{named}\" เลิกใช้แล้ว";
        return new(other, $"{why} บริการใหม่นี้จะเป็นของ{other.Name} (แก้ไขได้ภายหลังในรายการบริการ)", null);
    }

    private string NoDefault => choices.Count == 0
        ? "คุณยังไม่มีส่วนราชการที่บันทึกสถิติได้ จึงเพิ่มบริการไม่ได้"
        : "กรุณาระบุส่วนราชการของบริการใหม่ในคอลัมน์ \"ส่วนราชการ\" (คุณบันทึกได้หลายส่วนราชการ)";
}
