using System.Diagnostics;
using System.Text;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Tests.Documents;

/// <summary>Helpers to compare documents read back with the report they came from.</summary>
internal static class ReportAssert
{
    /// <summary>Every text a reader of the report must find: title, introduction and every cell item.</summary>
    public static IEnumerable<string> AllTexts(MeasuresReport report)
    {
        yield return report.Title;
        yield return report.Introduction;
        foreach (var m in report.Measures)
        {
            yield return m.Title;
            foreach (var s in m.Steps)
            {
                yield return s;
            }

            foreach (var r in m.Responsible)
            {
                yield return r;
            }

            yield return m.Period.Text;
            foreach (var r in m.Results)
            {
                yield return r;
            }

            yield return m.Outcome;
        }
    }

    /// <summary>Same content as the source, as far as the format carries it (period months excepted).</summary>
    public static void SameTable(MeasuresReport expected, MeasuresReport actual, bool withMachineColumns)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Introduction, actual.Introduction);
        Assert.Equal(expected.Measures.Count, actual.Measures.Count);
        for (var i = 0; i < expected.Measures.Count; i++)
        {
            var e = expected.Measures[i];
            var a = actual.Measures[i];
            Assert.Equal(e.Number, a.Number);
            Assert.Equal(e.Title, a.Title);
            Assert.Equal(e.Steps, a.Steps);
            Assert.Equal(e.Responsible, a.Responsible);
            Assert.Equal(e.Period.Text, a.Period.Text);
            Assert.Equal(e.Results, a.Results);
            Assert.Equal(e.Outcome, a.Outcome);
            if (withMachineColumns)
            {
                Assert.Equal(e.Indicators, a.Indicators);
                Assert.Equal(e.Status, a.Status);
                Assert.Equal(e.PercentDone, a.PercentDone);
            }
        }
    }

    public static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Runs a command-line tool; fails the test (never skips) when it is missing or fails.</summary>
    public static string Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{executable} failed ({process.ExitCode}): {stderr}");
        return stdout.Result;
    }

    /// <summary>The worktree root (holds Prongsai.slnx).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Prongsai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Prongsai.slnx not found above " + AppContext.BaseDirectory);
    }
}
