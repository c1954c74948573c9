using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Prongsai.Cli.Verbs.Backups;

/// <summary>
/// How much a restore takes from an archive before it refuses it. A backup of a district office holds thousands of files,
/// not millions; an archive made to fill the disk or the file table is refused before that happens. Both can be raised
/// in the settings for an unusually large installation. Whatever the settings, the archive must also fit on the disk.
/// </summary>
internal sealed record BackupArchiveLimits(int MaxEntries, long MaxBytes)
{
    public const string MaxEntriesSetting = "Prongsai:Restore:MaxEntries";
    public const string MaxBytesSetting = "Prongsai:Restore:MaxBytes";

    public const int DefaultMaxEntries = 1_000_000;

    /// <summary>100 GiB: the database and every upload of a small office many times over.</summary>
    public const long DefaultMaxBytes = 100L * 1024 * 1024 * 1024;

    /// <summary>A file key is some 60 characters; a name much longer than this one is no key.</summary>
    public const int MaxNameLength = 1024;

    /// <summary>The limits the settings give, or a usage error naming the setting that is not a positive whole number.</summary>
    public static BackupArchiveLimits From(IConfiguration configuration) =>
        new((int)Read(configuration, MaxEntriesSetting, DefaultMaxEntries, int.MaxValue), Read(configuration, MaxBytesSetting, DefaultMaxBytes, long.MaxValue));

    private static long Read(IConfiguration configuration, string key, long fallback, long max)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 && parsed <= max
            ? parsed
            : throw new UsageException($"การตั้งค่า {key} ต้องเป็นจำนวนเต็มบวก ไม่ใช่ '{value}' / {key} must be a positive whole number, not '{value}'");
    }
}
