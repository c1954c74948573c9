using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Prongsai.Cli.Verbs;
using Prongsai.Core.Common;

namespace Prongsai.Cli;

/// <summary>
/// What an error no verb expected means to the operator (README: exit code 1, Thai and English): the first line says
/// what to look at — the database server, the password, the schema, the disk, a path —, the second gives the
/// exception's type and message for whoever looks deeper. No stack trace: the operator of a village office's server
/// cannot act on one, and the second line is enough to find the cause.
/// </summary>
public static class CliFailures
{
    public static IReadOnlyList<string> Describe(Exception exception)
    {
        // Checked settings are read when a verb first needs them (the command line has no start-up check): told as the
        // app's start tells them, the key and what it may hold.
        if (SettingProblems.Describe(exception) is { Count: > 0 } settings)
        {
            return [$"{BadSetting.Thai} / {BadSetting.English}", .. settings.Select(line => "  " + line)];
        }

        var (thai, english, cause) = Meaning(exception);
        return [$"{thai} / {english}", $"  ({cause.GetType().FullName}: {OneLine(cause.Message)})"];
    }

    /// <summary>The first exception of the chain (outermost first) whose meaning is known; else the innermost, as unexpected.</summary>
    private static (string Thai, string English, Exception Cause) Meaning(Exception exception)
    {
        for (var current = exception; current is not null; current = current is AggregateException { InnerExceptions.Count: 1 } aggregate
                 ? aggregate.InnerExceptions[0]
                 : current.InnerException)
        {
            if (current is OutputFileException { InnerException: { } inner } output)
            {
                var (thai, english, cause) = Meaning(inner);
                return ($"เขียนไฟล์ {output.Path} ไม่สำเร็จ: {thai}", $"cannot write {output.Path}: {english}", cause);
            }

            if (Known(current) is { } known)
            {
                return (known.Thai, known.English, current);
            }
        }

        var innermost = exception;
        while (innermost.InnerException is { } next)
        {
            innermost = next;
        }

        return ("เกิดข้อผิดพลาดที่ไม่คาดคิด", "unexpected error", innermost);
    }

    private static (string Thai, string English)? Known(Exception exception) => exception switch
    {
        PostgresException postgres => Postgres(postgres.SqlState),
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or NpgsqlException { IsTransient: true } =>
            ("ติดต่อเซิร์ฟเวอร์ฐานข้อมูล PostgreSQL ไม่ได้ ตรวจว่าเซิร์ฟเวอร์ทำงานอยู่ และ Host/Port ใน ConnectionStrings:Prongsai ถูกต้อง",
                "cannot reach the PostgreSQL server: is it running, and are Host and Port in ConnectionStrings:Prongsai right?"),
        SqliteException sqlite => Sqlite(sqlite),
        IOException io when IsDiskFull(io) => DiskFull,
        UnauthorizedAccessException => ("ไม่มีสิทธิ์อ่านหรือเขียนไฟล์หรือโฟลเดอร์นี้", "permission denied"),
        DirectoryNotFoundException or FileNotFoundException => ("ไม่พบไฟล์หรือโฟลเดอร์", "no such file or folder"),
        PathTooLongException => ("ชื่อไฟล์ยาวเกินไป", "the path is too long"),
        IOException => ("อ่านหรือเขียนไฟล์ไม่สำเร็จ", "a file could not be read or written"),
        _ => null,
    };

    private static readonly (string Thai, string English) DiskFull = ("ดิสก์เต็ม", "the disk is full");

    private static readonly (string Thai, string English) BadSetting =
        ("การตั้งค่าไม่ถูกต้อง (appsettings.json, ตัวแปรสภาพแวดล้อม หรือ --Key=value)", "a setting is wrong (appsettings.json, environment or --Key=value)");

    private static readonly (string Thai, string English) SchemaMissing =
        ("ฐานข้อมูลไม่มีตารางที่ต้องใช้ (ยังไม่ได้ migrate หรือการตั้งค่าชี้ไปฐานข้อมูลอื่น)",
            "the database lacks Prongsai's tables: not migrated, or the settings name another database");

    /// <summary>PostgreSQL's SQLSTATE codes (appendix A of its manual) an operator can act on.</summary>
    private static (string Thai, string English) Postgres(string state) => state switch
    {
        "28P01" or "28000" => ("PostgreSQL ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน ตรวจ Username/Password ใน ConnectionStrings:Prongsai",
            "PostgreSQL authentication failed: check Username and Password in ConnectionStrings:Prongsai"),
        "3D000" => ("ไม่มีฐานข้อมูลนี้บนเซิร์ฟเวอร์ PostgreSQL ตรวจ Database ใน ConnectionStrings:Prongsai",
            "no such database on the PostgreSQL server: check Database in ConnectionStrings:Prongsai"),
        "42P01" or "3F000" or "42703" => SchemaMissing,
        "42501" => ("ผู้ใช้ฐานข้อมูลไม่มีสิทธิ์ทำสิ่งนี้", "the database user lacks the privilege for this"),
        "53100" => ("ดิสก์ของเซิร์ฟเวอร์ฐานข้อมูลเต็ม", "the database server's disk is full"),
        "53300" => ("เซิร์ฟเวอร์ฐานข้อมูลรับการเชื่อมต่อเพิ่มไม่ได้แล้ว", "the database server has too many connections"),
        _ when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) =>
            ("ติดต่อเซิร์ฟเวอร์ฐานข้อมูล PostgreSQL ไม่ได้หรือเซิร์ฟเวอร์กำลังปิด", "the PostgreSQL server is unreachable or shutting down"),
        _ => ($"PostgreSQL ตอบข้อผิดพลาด {state}", $"PostgreSQL error {state}"),
    };

    /// <summary>
    /// SQLite's primary result codes (sqlite.org/rescode.html) an operator can act on; the low byte of an extended code
    /// (778, SQLITE_IOERR_WRITE, is an I/O error) is its primary code.
    /// </summary>
    private static (string Thai, string English) Sqlite(SqliteException sqlite) => (sqlite.SqliteErrorCode & 0xFF) switch
    {
        13 => DiskFull, // SQLITE_FULL
        14 => ("เปิดไฟล์ฐานข้อมูลไม่ได้ ตรวจว่ามีโฟลเดอร์และมีสิทธิ์", "cannot open the database file: check the folder and its permissions"), // SQLITE_CANTOPEN
        26 => ("ไฟล์นี้ไม่ใช่ฐานข้อมูล SQLite", "the file is not a SQLite database"), // SQLITE_NOTADB
        11 => ("ไฟล์ฐานข้อมูลเสียหาย", "the database file is corrupt"), // SQLITE_CORRUPT
        5 or 6 => ("ฐานข้อมูลไม่ว่าง มีโปรแกรมอื่นเขียนอยู่ ลองใหม่อีกครั้ง", "the database is busy: another program is writing; try again"), // SQLITE_BUSY, SQLITE_LOCKED
        8 => ("เขียนฐานข้อมูลไม่ได้ (อ่านได้อย่างเดียว)", "the database is read-only"), // SQLITE_READONLY
        10 => ("อ่านหรือเขียนดิสก์ไม่สำเร็จ", "a disk read or write failed"), // SQLITE_IOERR
        1 when sqlite.Message.Contains("no such table", StringComparison.Ordinal) || sqlite.Message.Contains("no such column", StringComparison.Ordinal) => SchemaMissing,
        _ => (string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SQLite ตอบข้อผิดพลาด {sqlite.SqliteErrorCode}"),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SQLite error {sqlite.SqliteErrorCode}")),
    };

    /// <summary>ENOSPC (28) on Linux, where .NET gives the errno as the HResult; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(IOException exception) =>
        OperatingSystem.IsWindows() ? (exception.HResult & 0xFFFF) is 112 or 39 : exception.HResult == 28;

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
