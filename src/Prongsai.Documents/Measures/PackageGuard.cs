using System.Buffers;
using System.IO.Compression;

namespace Prongsai.Documents.Measures;

/// <summary>Limits for uploaded DOCX/XLSX packages, checked before any XML is parsed.</summary>
/// <param name="MaxFileBytes">Largest accepted upload (compressed).</param>
/// <param name="MaxUncompressedBytes">Largest total of all parts after decompression.</param>
/// <param name="MaxCompressionRatio">Largest ratio uncompressed/compressed for a part bigger than 1 MB.</param>
/// <param name="MaxEntries">Most parts a package may hold.</param>
public sealed record PackageLimits(
    long MaxFileBytes = 20 * 1024 * 1024,
    long MaxUncompressedBytes = 50 * 1024 * 1024,
    int MaxCompressionRatio = 100,
    int MaxEntries = 2000)
{
    public static PackageLimits Default { get; } = new();
}

/// <summary>
/// Refuses files that are not ZIP packages and ZIP bombs. The parts are really decompressed
/// (counting bytes, with a budget) because the sizes in a ZIP directory can lie.
/// </summary>
internal static class PackageGuard
{
    private const long RatioCheckThreshold = 1024 * 1024;

    /// <summary>
    /// Copies the upload into a seekable buffer when needed and checks it. On success <paramref name="package"/>
    /// is positioned at 0 and owned by the caller.
    /// </summary>
    public static ReportReadError? Check(Stream input, PackageLimits limits, string kind, out Stream? package)
    {
        package = null;
        Stream seekable;
        try
        {
            seekable = CopyIfNeeded(input, limits.MaxFileBytes);
        }
        catch (InvalidDataException)
        {
            return new ReportReadError("too-large", $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {limits.MaxFileBytes / (1024 * 1024)} MB)");
        }

        var error = CheckPackage(seekable, limits, kind);
        if (error is not null)
        {
            if (!ReferenceEquals(seekable, input))
            {
                seekable.Dispose();
            }

            return error;
        }

        seekable.Position = 0;
        package = seekable;
        return null;
    }

    private static ReportReadError? CheckPackage(Stream stream, PackageLimits limits, string kind)
    {
        if (stream.Length > limits.MaxFileBytes)
        {
            return new ReportReadError("too-large", $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {limits.MaxFileBytes / (1024 * 1024)} MB)");
        }

        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4)
        {
            var legacy = read == 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0;
            return legacy
                ? new ReportReadError("legacy-format", $"ไฟล์นี้เป็นรูปแบบเก่า (.doc/.xls) กรุณาเปิดแล้วบันทึกเป็น .{kind} ก่อนนำเข้า")
                : new ReportReadError("not-zip", $"ไฟล์นี้ไม่ใช่ไฟล์ .{kind} (ไม่ใช่แพ็กเกจ ZIP ของ Office)");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return new ReportReadError("too-many-parts", $"ไฟล์มีส่วนประกอบมากเกินไป ({zip.Entries.Count} ส่วน)");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                long entryBytes = 0;
                using (var part = entry.Open())
                {
                    int n;
                    while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        entryBytes += n;
                        total += n;
                        if (total > limits.MaxUncompressedBytes)
                        {
                            return new ReportReadError(
                                "too-large-uncompressed",
                                $"ไฟล์ขยายแล้วใหญ่เกินกำหนด (เกิน {limits.MaxUncompressedBytes / (1024 * 1024)} MB) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย");
                        }
                    }
                }

                if (entryBytes > RatioCheckThreshold && entryBytes > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return new ReportReadError(
                        "suspicious-compression",
                        $"ไฟล์มีอัตราการบีบอัดผิดปกติ (ส่วน {entry.FullName}) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย");
                }
            }
        }
        catch (InvalidDataException)
        {
            return new ReportReadError("corrupt-zip", $"ไฟล์ .{kind} เสียหรือไม่สมบูรณ์ (อ่าน ZIP ไม่ได้)");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return null;
    }

    private static Stream CopyIfNeeded(Stream input, long maxBytes)
    {
        if (input.CanSeek)
        {
            return input;
        }

        var copy = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + n > maxBytes)
                {
                    copy.Dispose();
                    throw new InvalidDataException("too large");
                }

                copy.Write(buffer, 0, n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        copy.Position = 0;
        return copy;
    }
}
