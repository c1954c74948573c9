using Prongsai.Tests.Documents;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Performance;

/// <summary>What every public page carries inline: the stylesheet's rules, not the notes written for its editors.</summary>
public sealed class InlineStylesheetTests
{
    [Fact]
    public void Comments_indentation_and_blank_lines_go_and_quoted_text_stays_as_written()
    {
        const string css = """
            /* The public menu: folded behind "เมนู" */
            .menu > summary::after { content: ""; }

              a[href$="/*.pdf"] { content: '/* not a comment */'; } /* a note */
            .q::before { content: "\"/*"; }
            """;

        Assert.Equal(
            ".menu > summary::after { content: \"\"; }\na[href$=\"/*.pdf\"] { content: '/* not a comment */'; }\n.q::before { content: \"\\\"/*\"; }",
            InlineStylesheet.Compact(css));
    }

    [Fact]
    public void The_site_stylesheet_loses_only_its_comments_and_whitespace()
    {
        var file = File.ReadAllText(Path.Combine(ReportAssert.RepositoryRoot(), "src", "Prongsai.Web", "wwwroot", InlineStylesheet.Path));
        var compact = InlineStylesheet.Compact(file);

        Assert.DoesNotContain("/*", compact, StringComparison.Ordinal);
        Assert.True(compact.Length < file.Length * 0.95, $"{compact.Length} of {file.Length} characters");
        Assert.Equal(Rules(file), Rules(compact));
    }

    /// <summary>The file's declarations, without comments or whitespace, for comparing what the browser gets.</summary>
    private static string Rules(string css) =>
        string.Concat(System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Where(c => !char.IsWhiteSpace(c)));
}
