using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Data;

/// <summary>
/// Keeps a short text column inside its row on PostgreSQL (column storage <c>MAIN</c>) instead of letting it go out
/// of line to the TOAST table. PostgreSQL moves every value longer than 18 bytes out of a row that passes 2 KB, not
/// only the long ones; in a table whose rows are wide for another reason (the search vector, the text), even a title
/// of a few words then costs a TOAST lookup of its own on every read. SQLite has no such storage and ignores it.
/// The PostgreSQL migration SQL generator turns it into <c>ALTER COLUMN … SET STORAGE</c> (docs/architecture.md,
/// "Schema changes").
/// </summary>
public static class ColumnStorage
{
    public const string InRowAnnotation = "Prongsai:StoredInRow";

    /// <summary>For text columns with a short maximum length: a value is compressed in the row before it would go out.</summary>
    public static PropertyBuilder<string> StoredInRow(this PropertyBuilder<string> property) =>
        property.HasAnnotation(InRowAnnotation, true);
}
