using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Prongsai.Documents.Extraction;

/// <summary>What one run of an outside tool may take: time, characters of output, and memory.</summary>
internal readonly record struct ToolBudget(TimeSpan Timeout, int MaxChars, long MaxMemoryBytes);

/// <summary>What a tool printed (cut at the budget: Truncated) and how it ended.</summary>
internal sealed record ToolResult(int ExitCode, string Output, bool Truncated = false);

/// <summary>
/// Runs an outside tool (pdftotext, pdfinfo, pdftoppm, tesseract) on a file nobody checked, within a budget:
/// <list type="bullet">
/// <item>killed at its timeout;</item>
/// <item>killed when its output passes the character budget, the text so far kept; its error output is read and
/// dropped (a broken PDF can make pdftotext print without end);</item>
/// <item>its data memory limited by the kernel (RLIMIT_DATA, set by util-linux's <c>prlimit</c>, which every Debian
/// has). A 333-byte PDF of one 200 × 200-inch page made pdftoppm hold 3 GB, on the machine every organization shares;
/// past the limit the tool's allocations fail and it stops with an error instead of pushing the app out of memory.
/// Where <c>prlimit</c> is missing the tool runs without that limit;</item>
/// <item>at a lower CPU priority (<c>nice -n 10</c>) and on one thread (<c>OMP_THREAD_LIMIT=1</c>: Tesseract would
/// otherwise take every core), so reading files in the background yields to the pages citizens and staff ask for.</item>
/// </list>
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<bool> HasPrlimit = new(() => Answers("prlimit", "--version"));
    private static readonly Lazy<bool> HasNice = new(() => Answers("nice", "--version"));

    /// <summary>True when the tool starts and ends (any exit code) within the probe's time.</summary>
    public static bool Answers(string tool, params string[] arguments) => Probe(tool, arguments) is { ExitCode: >= 0 };

    /// <summary>The tool's output when it starts and ends in time (a probe: no memory limit), else null.</summary>
    public static ToolResult? Probe(string tool, params string[] arguments)
    {
        try
        {
            return RunUnlimitedAsync(tool, arguments, new ToolBudget(ProbeTimeout, 100_000, 0), CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Runs the tool within the budget, behind the page requests (see the class).</summary>
    public static Task<ToolResult> RunAsync(string tool, IReadOnlyList<string> arguments, ToolBudget budget, CancellationToken cancellationToken)
    {
        string[] limited = budget.MaxMemoryBytes > 0 && HasPrlimit.Value
            ? ["prlimit", "--data=" + budget.MaxMemoryBytes.ToString(CultureInfo.InvariantCulture), "--", tool, .. arguments]
            : [tool, .. arguments];
        return HasNice.Value
            ? RunUnlimitedAsync("nice", ["-n", "10", "--", .. limited], budget, cancellationToken)
            : RunUnlimitedAsync(limited[0], limited[1..], budget, cancellationToken);
    }

    private static async Task<ToolResult> RunUnlimitedAsync(string tool, IReadOnlyList<string> arguments, ToolBudget budget, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            Environment = { ["OMP_THREAD_LIMIT"] = "1" },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget.Timeout);
        var errors = DrainAsync(process.StandardError, timeout.Token);
        var output = new StringBuilder();
        var buffer = new char[16384];
        var truncated = false;
        try
        {
            int n;
            while ((n = await process.StandardOutput.ReadAsync(buffer.AsMemory(), timeout.Token)) > 0)
            {
                if (output.Length + n > budget.MaxChars)
                {
                    output.Append(buffer, 0, budget.MaxChars - output.Length);
                    truncated = true;
                    process.Kill(entireProcessTree: true);
                    break;
                }

                output.Append(buffer, 0, n);
            }

            await process.WaitForExitAsync(timeout.Token);
            await errors;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolResult(truncated ? -1 : process.ExitCode, output.ToString(), truncated);
    }

    private static async Task DrainAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var sink = new char[4096];
        while (await reader.ReadAsync(sink.AsMemory(), cancellationToken) > 0)
        {
            // Dropped on purpose.
        }
    }
}
