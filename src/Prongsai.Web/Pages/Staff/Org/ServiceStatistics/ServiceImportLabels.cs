using Microsoft.AspNetCore.Html;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>How a box of the import's preview reads: strong when it replaces or clears a recorded figure, muted when nothing changes.</summary>
public sealed record ImportCell(string Text, string? Note, bool Strong, bool Muted)
{
    /// <summary>"&lt;strong&gt;120&lt;/strong&gt; &lt;span class="muted"&gt;(เดิม 100)&lt;/span&gt;", the text encoded.</summary>
    public IHtmlContent ToHtml()
    {
        var html = new HtmlContentBuilder();
        var (open, close) = Strong ? ("<strong>", "</strong>") : Muted ? ("<span class=\"muted\">", "</span>") : ("", "");
        html.AppendHtml(open).Append(Text).AppendHtml(close);
        if (Note is not null)
        {
            html.AppendHtml(" <span class=\"muted\">").Append(Note).AppendHtml("</span>");
        }

        return html;
    }
}

public static class ServiceImportLabels
{
    public static ImportCell Cell(ImportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string Was() => Lang.T($"(เดิม {Display.Number(figure.Existing!.Value)})", $"(was {Display.Number(figure.Existing!.Value)})");
        return figure.Change switch
        {
            FigureChange.Added => new(Display.Number(figure.Figure!.Value), null, false, false),
            FigureChange.Changed => new(Display.Number(figure.Figure!.Value), Was(), true, false),
            FigureChange.Cleared => new(Lang.T("ลบ", "Cleared"), Was(), true, false),
            FigureChange.Unchanged => new($"{Display.Number(figure.Figure!.Value)} {Lang.T("(เท่าเดิม)", "(same)")}", null, false, true),
            _ => figure.Existing is { } kept
                ? new(Lang.T($"คงเดิม {Display.Number(kept)}", $"kept {Display.Number(kept)}"), null, false, true)
                : new("", null, false, false),
        };
    }
}
