using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Editable text of the organization's fixed pages (about, policies, home introduction),
/// by key. A page without a row shows its default text (OrganizationPages.Default).
/// </summary>
public sealed class OrganizationPage : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }

    /// <summary>Safe HTML (SafeHtml policy).</summary>
    public string BodyHtml { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Which side of the organization an executive belongs to (O1/O2 ask for both).</summary>
public enum ExecutiveSide
{
    /// <summary>ฝ่ายการเมือง: นายก, รองนายก, ประธานสภา...</summary>
    Elected = 1,

    /// <summary>ฝ่ายประจำ: ปลัด, ผู้อำนวยการกอง...</summary>
    CivilService = 2,
}

/// <summary>An executive shown on the executives page: name, title, photo, phone.</summary>
public sealed class Executive : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public ExecutiveSide Side { get; set; }
    public string? Phone { get; set; }
    public string? PhotoFileKey { get; set; }
    public int SortOrder { get; set; }
}
