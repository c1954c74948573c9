using Prongsai.Core.Organizations;

namespace Prongsai.Core.Features;

/// <summary>
/// A permission a feature declares: its key (what pages, endpoints and use cases check), its names for
/// docs/permissions.md and the roles that hold it. <paramref name="DepartmentScoped"/> marks permissions that
/// department roles hold only for their own departments (checked where the item is known).
/// </summary>
public sealed record PermissionDefinition(
    string Key, string Thai, string English, IReadOnlyList<OrgRole> Roles, bool DepartmentScoped = false);
