using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Prongsai.Core.Auditing;

/// <summary>
/// A feature's rule for rows whose words only some people may read — a corruption complaint is seen by
/// ComplaintOfficers alone. The audit trail is read by others (OrgAdmins, Auditors), so for such a row it records
/// who changed which field and when, never the field's value, as it does for protected personal data. Those who may
/// read the row read its words where the row is shown, with its own history.
/// </summary>
public interface IConfidentialRows
{
    /// <summary>The properties of this changed row whose values the trail must not copy; empty for an ordinary row.</summary>
    IReadOnlySet<string> Withheld(EntityEntry row);
}
