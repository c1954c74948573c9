using System.Text.RegularExpressions;
using Prongsai.Tests.Foundation;

namespace Prongsai.Tests.Forms;

/// <summary>
/// Every form puts a field's message beside it with <c>&lt;field-error for="…" /&gt;</c>, so the field is marked invalid
/// and names the message the same way everywhere (docs/architecture.md). A view that writes the message's
/// <c>class="field-error"</c> by hand fails here, unless it is listed below with the reason it must. The top of a refused
/// form lists its messages with <c>&lt;error-summary /&gt;</c>, never with a summary of the view's own.
/// </summary>
public sealed partial class FieldErrorTagOnlyTests
{
    /// <summary>Views that may write a message by hand, by path under src/Prongsai.Web, with why. Keep it short.</summary>
    private static readonly Dictionary<string, string> KeptByHand = new(StringComparer.Ordinal);

    [GeneratedRegex("class\\s*=\\s*\"field-error\"")]
    private static partial Regex HandWrittenMessage();

    /// <summary>The framework's summary, or the form's own message read off the model state to be written by hand.</summary>
    [GeneratedRegex("asp-validation-summary|ErrorFor\\([^,)]+,\\s*string\\.Empty\\)")]
    private static partial Regex HandWrittenSummary();

    [Fact]
    public void No_view_writes_a_field_message_by_hand()
    {
        var byHand = ViewsMatching(HandWrittenMessage());

        Assert.True(byHand.All(KeptByHand.ContainsKey),
            "Write <field-error for=\"Name\" /> just before the field instead of class=\"field-error\" in: "
            + string.Join(", ", byHand.Where(v => !KeptByHand.ContainsKey(v))));
        Assert.True(KeptByHand.Keys.All(byHand.Contains),
            "No longer written by hand, take it off the list: " + string.Join(", ", KeptByHand.Keys.Where(k => !byHand.Contains(k))));
    }

    [Fact]
    public void No_view_writes_the_summary_of_a_refused_form_by_hand()
    {
        var byHand = ViewsMatching(HandWrittenSummary());
        Assert.True(byHand.Count == 0,
            "Write <error-summary /> (its messages link to their fields) instead of a summary of one's own in: " + string.Join(", ", byHand));
    }

    /// <summary>The views of the web app, by path under src/Prongsai.Web, whose text matches.</summary>
    private static List<string> ViewsMatching(Regex pattern)
    {
        var web = Path.Combine(PermissionsDocumentTests.RepositoryRoot(), "src", "Prongsai.Web");
        var views = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(views.Count > 50, $"only {views.Count} views found under {web}");
        return views
            .Select(path => Path.GetRelativePath(web, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => pattern.IsMatch(File.ReadAllText(Path.Combine(web, relative))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
