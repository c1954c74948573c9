using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Prongsai.Core.Calendar;

namespace Prongsai.Core.Text;

/// <summary>
/// Splits a report cell into its ordered items, whatever way the author wrote the list:
/// &lt;ol&gt;/&lt;ul&gt;&lt;li&gt;, &lt;p&gt; paragraphs, &lt;br&gt;, new lines, or inline numbering
/// "1. … 2. … 3. …" (ASCII or Thai digits, "1." or "1)").
/// </summary>
/// <remarks>
/// Numbering is trusted only when it runs in sequence from 1 through at least 2, so numbers
/// inside sentences ("ส่วนงานละ 1 ภารกิจ", "มีนาคม 2567") never split an item. A paragraph whose
/// number breaks the sequence is a continuation of the item before it: Word turns
/// "อย่างน้อย 1 ภารกิจ" wrapped onto a new line into a list item "1. ภารกิจ"; it is joined
/// back as "… อย่างน้อย 1 ภารกิจ".
/// </remarks>
public static partial class ListItems
{
    public static IReadOnlyList<string> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var segments = ReadSegments(cell);
        var markers = FindSequenceMarkers(segments);
        if (markers.Count < 2)
        {
            // No list numbering to trust: every paragraph or line is an item of its own.
            return segments.Select(StripLeadingNumber).Where(s => s.Length > 0).ToList();
        }

        return SplitAtMarkers(segments, markers);
    }

    /// <summary>Removes a leading "1.", "๑.", "2)" or "(3)" and the spaces after it.</summary>
    public static string StripLeadingNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LeadingNumberPattern().Replace(text.Trim(), string.Empty, 1).Trim();
    }

    private static List<string> SplitAtMarkers(List<string> segments, List<Marker> markers)
    {
        var items = new List<StringBuilder>();
        var markerIndex = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var position = 0;
            while (markerIndex < markers.Count && markers[markerIndex].Segment == s)
            {
                var marker = markers[markerIndex++];
                AddContinuation(items, segment[position..marker.Index]);
                items.Add(new StringBuilder());
                position = marker.Index + marker.Length;
            }

            AddContinuation(items, segment[position..]);
        }

        return items.Select(i => PlainText.CollapseWhitespace(i.ToString())).Where(i => i.Length > 0).ToList();
    }

    private static void AddContinuation(List<StringBuilder> items, string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (items.Count == 0)
        {
            // Text before the first number ("ดังนี้") stands as an item of its own.
            items.Add(new StringBuilder(StripLeadingNumber(text)));
            return;
        }

        // An out-of-sequence "1. ภารกิจ" continues the previous item; its "1." was never numbering.
        var continuation = OutOfSequenceNumberPattern().Replace(text, "${num} ", 1);
        items[^1].Append(' ').Append(continuation);
    }

    private static List<Marker> FindSequenceMarkers(List<string> segments)
    {
        var markers = new List<Marker>();
        var expected = 1;
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (Match match in MarkerPattern().Matches(segments[s]))
            {
                if (NumberOf(match.Groups["num"].Value) == expected)
                {
                    markers.Add(new Marker(s, match.Index, match.Length));
                    expected++;
                }
            }
        }

        return markers;
    }

    private static int NumberOf(string digits) =>
        int.Parse(ThaiDigits.ToAscii(digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> ReadSegments(string cell)
    {
        var raw = new List<string>();
        if (HtmlFragments.HasTags(cell))
        {
            // In HTML a line break in the source is only a space; blocks and <br> separate items.
            var current = new StringBuilder();
            foreach (var node in HtmlFragments.ParseBody(cell))
            {
                CollectSegments(node, current, raw);
            }

            raw.Add(current.ToString());
        }
        else
        {
            // Plain text (a spreadsheet cell, a textarea): each line is an item; entities still decode.
            raw.AddRange(WebUtility.HtmlDecode(cell).Split('\n'));
        }

        return raw
            .Select(PlainText.CollapseWhitespace)
            .Where(s => s.Length > 0)
            .ToList();
    }

    private static void CollectSegments(INode node, StringBuilder current, List<string> segments)
    {
        switch (node)
        {
            case IText text:
                current.Append(text.Data);
                break;
            case IElement element when HtmlFragments.InvisibleElements.Contains(element.LocalName):
                break;
            case IElement element:
                var isBlock = HtmlFragments.BlockElements.Contains(element.LocalName);
                if (isBlock)
                {
                    Flush(current, segments);
                }

                foreach (var child in element.ChildNodes)
                {
                    CollectSegments(child, current, segments);
                }

                if (isBlock)
                {
                    Flush(current, segments);
                }

                break;
        }
    }

    private static void Flush(StringBuilder current, List<string> segments)
    {
        if (current.Length > 0)
        {
            segments.Add(current.ToString());
            current.Clear();
        }
    }

    private readonly record struct Marker(int Segment, int Index, int Length);

    // A list number: one or two digits and "." or ")", not part of a longer number, a decimal
    // ("1.5"), a date ("15/3") or an abbreviation ("พ.ศ.").
    [GeneratedRegex(@"(?<![0-9๐-๙A-Za-z.,/:\-])(?<num>[0-9๐-๙]{1,2})[.)](?![0-9๐-๙])\s*")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^(?:[0-9๐-๙]{1,2}[.)](?![0-9๐-๙])|\(\s*[0-9๐-๙]{1,2}\s*\))\s*")]
    private static partial Regex LeadingNumberPattern();

    [GeneratedRegex(@"^(?<num>[0-9๐-๙]{1,2})[.)](?![0-9๐-๙])\s*")]
    private static partial Regex OutOfSequenceNumberPattern();
}
