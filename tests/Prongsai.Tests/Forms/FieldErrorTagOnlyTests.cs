using System.Text.RegularExpressions;
using Prongsai.Tests.Foundation;

namespace Prongsai.Tests.Forms;

/// <summary>
/// Every form puts a field's message beside it with <c>&lt;field-error for="…" /&gt;</c>, so the field is marked invalid
/// and names the message the same way everywhere (docs/architecture.md). A view that writes the message's
/// <c>class="field-error"</c> by hand fails here, unless it is listed below with the reason it must.
/// </summary>
public sealed partial class FieldErrorTagOnlyTests
{
    /// <summary>Views that may write a message by hand, by path under src/Prongsai.Web, with why. Keep it short.</summary>
    private static readonly Dictionary<string, string> KeptByHand = new(StringComparer.Ordinal);

    [GeneratedRegex("class\\s*=\\s*\"field-error\"")]
    private static partial Regex HandWrittenMessage();

    [Fact]
    public void No_view_writes_a_field_message_by_hand()
    {
        var web = Path.Combine(PermissionsDocumentTests.RepositoryRoot(), "src", "Prongsai.Web");
        var views = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(views);

        var byHand = views
            .Select(path => Path.GetRelativePath(web, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => HandWrittenMessage().IsMatch(File.ReadAllText(Path.Combine(web, relative))))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(byHand.All(KeptByHand.ContainsKey),
            "Write <field-error for=\"Name\" /> just before the field instead of class=\"field-error\" in: "
            + string.Join(", ", byHand.Where(v => !KeptByHand.ContainsKey(v))));
        Assert.True(KeptByHand.Keys.All(byHand.Contains),
            "No longer written by hand, take it off the list: " + string.Join(", ", KeptByHand.Keys.Where(k => !byHand.Contains(k))));
    }
}
