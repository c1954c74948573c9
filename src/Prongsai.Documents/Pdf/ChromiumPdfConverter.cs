using System.Diagnostics;
using System.Text;

namespace Prongsai.Documents.Pdf;

/// <summary>
/// Prints HTML to PDF with headless Chromium (Debian package chromium): Chromium shapes Thai correctly
/// (stacked vowels and tone marks) and breaks lines between Thai words with its ICU dictionary.
/// One short-lived browser process per conversion, its own temporary profile, no network, killed after a timeout.
/// </summary>
public sealed class ChromiumPdfConverter : IPdfConverter, IDisposable
{
    public const string MissingMessage =
        "ไม่พบโปรแกรมแปลง PDF (chromium) — ติดตั้งด้วย apt-get install chromium / PDF converter not found: install the Debian package chromium";

    private static readonly string[] DefaultCandidates = ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"];

    private readonly ChromiumPdfOptions _options;
    private readonly SemaphoreSlim _slots;

    public ChromiumPdfConverter(ChromiumPdfOptions? options = null)
    {
        _options = options ?? new ChromiumPdfOptions();
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrency));
    }

    public PdfConverterStatus CheckStatus()
    {
        var path = FindExecutable();
        return path is null
            ? new PdfConverterStatus(false, null, MissingMessage)
            : new PdfConverterStatus(true, path, $"พร้อมแปลง PDF ด้วย {path} / PDF converter ready: {path}");
    }

    public async Task<PdfResult> HtmlToPdfAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var executable = FindExecutable();
        if (executable is null)
        {
            return PdfResult.Failed(PdfFailure.ConverterMissing, MissingMessage);
        }

        await _slots.WaitAsync(cancellationToken);
        var workDir = Directory.CreateTempSubdirectory("prongsai-pdf-").FullName;
        try
        {
            return await ConvertAsync(executable, html, workDir, cancellationToken);
        }
        finally
        {
            _slots.Release();
            TryDelete(workDir);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<PdfResult> ConvertAsync(string executable, string html, string workDir, CancellationToken cancellationToken)
    {
        var htmlPath = Path.Combine(workDir, "report.html");
        var pdfPath = Path.Combine(workDir, "report.pdf");
        await File.WriteAllTextAsync(htmlPath, html, new UTF8Encoding(false), cancellationToken);

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir,
        };
        foreach (var argument in (string[])
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--user-data-dir=" + Path.Combine(workDir, "profile"),
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdfPath,
            new Uri(htmlPath).AbsoluteUri,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        // Chromium writes crash dumps and caches under HOME; keep them in the temporary directory.
        start.Environment["HOME"] = workDir;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return PdfResult.Failed(PdfFailure.ConverterMissing, $"{MissingMessage} ({ex.Message})");
        }

        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return PdfResult.Failed(
                PdfFailure.Timeout,
                string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"แปลง PDF ไม่เสร็จภายใน {_options.Timeout.TotalSeconds:0} วินาที / PDF conversion timed out after {_options.Timeout.TotalSeconds:0} s"));
        }

        await Task.WhenAll(stderr, stdout);
        if (process.ExitCode == 0 && File.Exists(pdfPath))
        {
            var pdf = await File.ReadAllBytesAsync(pdfPath, cancellationToken);
            if (pdf.AsSpan().StartsWith("%PDF"u8))
            {
                return PdfResult.Success(pdf);
            }
        }

        var detail = Tail(await stderr, 600);
        return PdfResult.Failed(
            PdfFailure.ConversionFailed,
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"แปลง PDF ไม่สำเร็จ / PDF conversion failed (chromium exit code {process.ExitCode}): {detail}"));
    }

    private string? FindExecutable()
    {
        if (!string.IsNullOrWhiteSpace(_options.ChromiumPath))
        {
            return File.Exists(_options.ChromiumPath) ? _options.ChromiumPath : null;
        }

        foreach (var candidate in DefaultCandidates)
        {
            if (Path.IsPathRooted(candidate))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                continue;
            }

            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    private static string Tail(string text, int max) => text.Length <= max ? text.Trim() : text[^max..].Trim();

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
