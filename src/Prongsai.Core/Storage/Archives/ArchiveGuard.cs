using System.Buffers;
using System.Diagnostics;
using System.IO.Compression;

namespace Prongsai.Core.Storage.Archives;

/// <summary>Why a package was refused: a stable code and a Thai message for people.</summary>
public sealed record ArchiveProblem(string Code, string Message);

/// <summary>What the check found, and how many expanded bytes it read to find it.</summary>
public sealed record ArchiveCheck(ArchiveProblem? Problem, long ExpandedBytesRead)
{
    public bool Passed => Problem is null;
}

/// <summary>
/// The one gate for uploaded ZIP packages (DOCX, XLSX): refuses files that are not packages and ZIP bombs
/// (expanded size, part count, compression ratio, nesting, time). The parts are really decompressed, through
/// one small rented buffer and with a running budget, because the sizes a ZIP directory states can lie; the
/// ratio is watched while a part expands, so a bomb is dropped once it passes the ratio (a 60 KB part: after 6 MB), not after the budget.
/// </summary>
public static class ArchiveGuard
{
    private const long RatioCheckThreshold = 1024 * 1024;
    private const int BufferSize = 81920;

    /// <summary>Checks a seekable package from its start and leaves it at position 0.</summary>
    public static ArchiveCheck Check(Stream package, ArchiveLimits limits, string kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (!package.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(package));
        }

        if (package.Length > limits.MaxFileBytes)
        {
            return new ArchiveCheck(TooLarge(limits), 0);
        }

        Span<byte> head = stackalloc byte[4];
        package.Position = 0;
        var read = package.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        package.Position = 0;
        if (read < 4 || !IsZip(head))
        {
            var legacy = read == 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0;
            return new ArchiveCheck(legacy
                ? new ArchiveProblem("legacy-format", $"ไฟล์นี้เป็นรูปแบบเก่า (.doc/.xls) กรุณาเปิดแล้วบันทึกเป็น .{kind} ก่อน")
                : new ArchiveProblem("not-zip", $"ไฟล์นี้ไม่ใช่ไฟล์ .{kind} (ไม่ใช่แพ็กเกจ ZIP ของ Office)"), 0);
        }

        var budget = new Budget(limits, Stopwatch.StartNew(), cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var problem = CheckZip(package, kind, depth: 0, budget, buffer);
            package.Position = 0;
            return new ArchiveCheck(problem, budget.Expanded);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies a (possibly non-seekable) upload into a seekable buffer of at most MaxFileBytes, then checks it.</summary>
    public static ArchiveCheck CheckUpload(Stream input, ArchiveLimits limits, string kind, out Stream? package, CancellationToken cancellationToken = default)
    {
        package = null;
        Stream seekable;
        if (input.CanSeek)
        {
            seekable = input;
        }
        else if (CopyAtMost(input, limits.MaxFileBytes) is { } copy)
        {
            seekable = copy;
        }
        else
        {
            return new ArchiveCheck(TooLarge(limits), 0);
        }

        var check = Check(seekable, limits, kind, cancellationToken);
        if (!check.Passed)
        {
            if (!ReferenceEquals(seekable, input))
            {
                seekable.Dispose();
            }

            return check;
        }

        package = seekable;
        return check;
    }

    private sealed class Budget(ArchiveLimits limits, Stopwatch clock, CancellationToken cancellationToken)
    {
        public ArchiveLimits Limits { get; } = limits;
        public long Expanded { get; set; }
        public int Entries { get; set; }
        public bool OutOfTime => clock.Elapsed > Limits.MaxDuration || cancellationToken.IsCancellationRequested;
    }

    private static ArchiveProblem? CheckZip(Stream stream, string kind, int depth, Budget budget, byte[] buffer)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            budget.Entries += zip.Entries.Count;
            if (budget.Entries > budget.Limits.MaxEntries)
            {
                return new ArchiveProblem("too-many-parts", $"ไฟล์มีส่วนประกอบมากเกินไป ({budget.Entries} ส่วน)");
            }

            foreach (var entry in zip.Entries)
            {
                var problem = CheckEntry(entry, kind, depth, budget, buffer);
                if (problem is not null)
                {
                    return problem;
                }
            }
        }
        catch (InvalidDataException)
        {
            return new ArchiveProblem("corrupt-zip", $"ไฟล์ .{kind} เสียหรือไม่สมบูรณ์ (อ่าน ZIP ไม่ได้)");
        }

        return null;
    }

    private static ArchiveProblem? CheckEntry(ZipArchiveEntry entry, string kind, int depth, Budget budget, byte[] buffer)
    {
        using var part = entry.Open();
        long entryBytes = 0;
        FileStream? nested = null;
        try
        {
            int n;
            while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (entryBytes == 0 && n >= 4 && IsZip(buffer.AsSpan(0, 4)))
                {
                    if (depth + 1 > budget.Limits.MaxNestingDepth)
                    {
                        return new ArchiveProblem("nested-too-deep",
                            $"ไฟล์มีแพ็กเกจซ้อนกันลึกเกินไป (ส่วน {entry.FullName}) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย");
                    }

                    // Checked after it is whole, from a temporary file: the budget, not memory, bounds it.
                    nested = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
                }

                entryBytes += n;
                budget.Expanded += n;
                if (budget.Expanded > budget.Limits.MaxExpandedBytes)
                {
                    return new ArchiveProblem("too-large-uncompressed",
                        $"ไฟล์ขยายแล้วใหญ่เกินกำหนด (เกิน {budget.Limits.MaxExpandedBytes / (1024 * 1024)} MB) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย");
                }

                if (entryBytes > RatioCheckThreshold && entryBytes > (long)budget.Limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return new ArchiveProblem("suspicious-compression",
                        $"ไฟล์มีอัตราการบีบอัดผิดปกติ (ส่วน {entry.FullName}) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย");
                }

                if (budget.OutOfTime)
                {
                    return new ArchiveProblem("too-slow", "ตรวจไฟล์ไม่เสร็จในเวลาที่กำหนด — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย");
                }

                nested?.Write(buffer, 0, n);
            }

            if (nested is not null)
            {
                nested.Position = 0;
                return CheckZip(nested, kind, depth + 1, budget, buffer);
            }

            return null;
        }
        finally
        {
            nested?.Dispose();
        }
    }

    private static bool IsZip(ReadOnlySpan<byte> head) => head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;

    private static ArchiveProblem TooLarge(ArchiveLimits limits) =>
        new("too-large", $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {limits.MaxFileBytes / (1024 * 1024)} MB)");

    private static MemoryStream? CopyAtMost(Stream input, long maxBytes)
    {
        var copy = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + n > maxBytes)
                {
                    copy.Dispose();
                    return null;
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
