using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Prongsai.Data;

/// <summary>What a database error means, whichever provider raised it.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// A unique, foreign-key or check constraint refused the write: two people changed the same thing
    /// at once (the use case's own check passed for both). A conflict to retry, not a crash.
    /// </summary>
    public static bool IsConstraintViolation(Exception? exception) =>
        exception is DbUpdateException { InnerException: var inner } && inner switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
            PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal), // integrity_constraint_violation
            _ => false,
        };
}
