namespace Prongsai.Core.Auditing;

/// <summary>
/// Marks a property whose value must never be copied into the audit trail or logs (PDPA):
/// complainant identities, contact details. The trail records only that it changed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProtectedPersonalDataAttribute : Attribute;
