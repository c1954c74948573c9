using System.Globalization;
using System.Net;
using System.Text;
using Prongsai.Core.Text;

namespace Prongsai.Core.Budget;

/// <summary>
/// Server-rendered SVG charts of a report (no script, scalable, printable): bars of amount against disbursed per group,
/// and the cumulative plan against the cumulative disbursements by month. Each chart names itself (title and desc for
/// screen readers); the page prints the same numbers as a table beside it. Every text is HTML-encoded.
/// </summary>
public static class BudgetCharts
{
    public const string AmountColour = "#9ecae1";
    public const string DisbursedColour = "#08519c";
    public const string PlannedColour = "#6b6b6b";

    /// <summary>The drawn width of every chart (its viewBox), in CSS pixels when shown at its own size.</summary>
    public const int Width = 640;

    /// <summary>Horizontal bars: per group the amount (light) with the disbursed part over it (dark) and the per cent.</summary>
    public static string GroupBars(string id, string title, IReadOnlyList<BudgetGroupTotal> groups, bool showDisbursed)
    {
        const int labelWidth = 230, barWidth = 330, rowHeight = 34, top = 30, width = Width;
        var height = top + (groups.Count * rowHeight) + 10;
        var max = groups.Count == 0 ? 1 : Math.Max(1, groups.Max(g => g.Amount));
        var svg = Start(id, title, Describe(groups, showDisbursed), width, height);
        Legend(svg, showDisbursed ? [("งบประมาณ", AmountColour), ("เบิกจ่าย", DisbursedColour)] : [("งบประมาณ", AmountColour)]);
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var y = top + (i * rowHeight);
            var amountWidth = (double)(g.Amount / max) * barWidth;
            var disbursedWidth = (double)(Math.Min(g.Disbursed, g.Amount) / max) * barWidth;
            svg.Append(Invariant($"<text x=\"{labelWidth - 6}\" y=\"{y + 19}\" text-anchor=\"end\" font-size=\"13\">{Encode(PlainText.Shorten(g.Name, 30))}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 5}\" width=\"{amountWidth:0.#}\" height=\"20\" fill=\"{AmountColour}\"/>"));
            if (showDisbursed)
            {
                svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 9}\" width=\"{disbursedWidth:0.#}\" height=\"12\" fill=\"{DisbursedColour}\"/>"));
            }

            var label = showDisbursed ? Invariant($"{g.PercentDisbursed:0.0} %") : Short(g.Amount);
            svg.Append(Invariant($"<text x=\"{labelWidth + amountWidth + 6:0.#}\" y=\"{y + 19}\" font-size=\"12\">{Encode(label)}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Cumulative plan (grey bars) and cumulative disbursements (blue bars, only the months shown) from ต.ค. to ก.ย.</summary>
    public static string Cumulative(string id, string title, IReadOnlyList<BudgetMonthTotal> months, decimal amount)
    {
        const int left = 70, top = 30, chartHeight = 200, width = Width, slot = 46;
        var height = top + chartHeight + 40;
        var max = Math.Max(1, Math.Max(amount, months.Count == 0 ? 0 : months.Max(m => Math.Max(m.PlannedCumulative, m.DisbursedCumulative))));
        var shown = months.Any(m => m.Shown);
        var description = string.Join("; ", months.Select(m => Invariant($"{m.Label}: แผนสะสม {Short(m.PlannedCumulative)}")
            + (m.Shown ? Invariant($", เบิกจ่ายสะสม {Short(m.DisbursedCumulative)}") : "")));
        var svg = Start(id, title, description, width, height);
        Legend(svg, shown ? [("แผนสะสม", PlannedColour), ("เบิกจ่ายสะสม", DisbursedColour)] : [("แผนสะสม", PlannedColour)]);
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = top + chartHeight - (tick * chartHeight / 4);
            svg.Append(Invariant($"<line x1=\"{left}\" x2=\"{width - 10}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#ccc\"/>"));
            svg.Append(Invariant($"<text x=\"{left - 4}\" y=\"{y + 4}\" text-anchor=\"end\" font-size=\"11\">{Encode(Short(max * tick / 4))}</text>"));
        }

        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = left + 6 + (i * slot);
            var plannedHeight = (double)(m.PlannedCumulative / max) * chartHeight;
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{top + chartHeight - plannedHeight:0.#}\" width=\"18\" height=\"{plannedHeight:0.#}\" fill=\"{PlannedColour}\"/>"));
            if (m.Shown)
            {
                var disbursedHeight = (double)(m.DisbursedCumulative / max) * chartHeight;
                svg.Append(Invariant($"<rect x=\"{x + 19}\" y=\"{top + chartHeight - disbursedHeight:0.#}\" width=\"18\" height=\"{disbursedHeight:0.#}\" fill=\"{DisbursedColour}\"/>"));
            }

            svg.Append(Invariant($"<text x=\"{x + 18}\" y=\"{top + chartHeight + 18}\" text-anchor=\"middle\" font-size=\"12\">{Encode(m.Label)}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>"1.25 ล้าน", "850 พัน" for chart labels; tables show full amounts.</summary>
    public static string Short(decimal value) =>
        value >= 1_000_000 ? Invariant($"{value / 1_000_000:0.##} ล้าน")
        : value >= 1_000 ? Invariant($"{value / 1_000:0.#} พัน")
        : Invariant($"{value:0}");

    private static StringBuilder Start(string id, string title, string description, int width, int height) =>
        new StringBuilder()
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"budget-chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"'TH Sarabun New', Laksaman, Sarabun, 'Noto Sans Thai', sans-serif\">"))
            .Append(Invariant($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>"));

    private static void Legend(StringBuilder svg, (string Label, string Colour)[] items)
    {
        var x = 10;
        foreach (var (label, colour) in items)
        {
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"6\" width=\"14\" height=\"14\" fill=\"{colour}\"/><text x=\"{x + 20}\" y=\"18\" font-size=\"13\">{Encode(label)}</text>"));
            x += 30 + (label.Length * 9);
        }
    }

    private static string Describe(IReadOnlyList<BudgetGroupTotal> groups, bool showDisbursed) =>
        string.Join("; ", groups.Select(g => Invariant($"{g.Name}: งบประมาณ {Short(g.Amount)}")
            + (showDisbursed ? Invariant($", เบิกจ่าย {Short(g.Disbursed)} ({g.PercentDisbursed:0.0} %)") : "")));


    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
