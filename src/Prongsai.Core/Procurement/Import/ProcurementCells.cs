using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;

namespace Prongsai.Core.Procurement.Import;

/// <summary>A bidder and the price read from a cell ("บริษัท ก จำกัด 12,000 บาท").</summary>
public sealed record ParsedBid(string Name, decimal? Price);

/// <summary>A contract cell read: "เลขที่ 12/2568 ลงวันที่ 5 ต.ค. 2567".</summary>
public sealed record ParsedContract(string? Number, DateOnly? Date);

/// <summary>A value read from a cell, or the Thai reason it could not be.</summary>
public readonly record struct CellResult<T>(T? Value, string? Error)
{
    public static CellResult<T> Fail(string error) => new(default, error);
}

/// <summary>
/// Reads the free-text cells of the สขร.1 as offices type them: several bidders in one cell (separated by new lines,
/// "/", ";" or numbered "1." "2)"), a name followed by its price, a contract number with its date. Shared by the
/// import and the record form, so a clerk types the same thing in both.
/// </summary>
public static partial class ProcurementCells
{
    /// <summary>Blank, "-", "ไม่มี": no value.</summary>
    public static bool IsBlank(string? text)
    {
        var t = (text ?? "").Trim();
        return t.Length == 0 || t is "-" or "–" or "—" or "ไม่มี" or "ไม่มีราคากลาง" or "n/a" or "N/A";
    }

    /// <summary>An amount cell; "-" or blank gives no value when not <paramref name="required"/>.</summary>
    public static AmountResult Amount(string? text, bool required)
    {
        if (IsBlank(text))
        {
            return required ? ThaiMoney.Parse("", required: true) : new AmountResult(null, null);
        }

        return ThaiMoney.Parse(text, required, allowZero: !required);
    }

    /// <summary>Every bidder of a cell; an error names the part that could not be read.</summary>
    public static CellResult<IReadOnlyList<ParsedBid>> Bids(string? text)
    {
        if (IsBlank(text))
        {
            return new CellResult<IReadOnlyList<ParsedBid>>([], null);
        }

        var bids = new List<ParsedBid>();
        foreach (var part in SplitParts(text!))
        {
            var bid = NameAndPrice(part);
            if (bid.Error is not null)
            {
                return CellResult<IReadOnlyList<ParsedBid>>.Fail(bid.Error);
            }

            bids.Add(bid.Value!);
        }

        return new CellResult<IReadOnlyList<ParsedBid>>(bids, null);
    }

    /// <summary>One name with an optional price at its end ("ร้าน ข ราคา 12,500.00 บาท"); blank gives null.</summary>
    public static CellResult<ParsedBid> NameAndPrice(string? text)
    {
        if (IsBlank(text))
        {
            return new CellResult<ParsedBid>(null, null);
        }

        var t = Clean(text!);
        var match = TrailingPrice().Match(t);
        if (!match.Success)
        {
            return new CellResult<ParsedBid>(new ParsedBid(t, null), null);
        }

        var name = PriceWord().Replace(t[..match.Index], "").Trim().TrimEnd(',', ':', '-', '–').Trim();
        var amount = ThaiMoney.Parse(match.Groups["amount"].Value, required: true);
        if (amount.Error is not null)
        {
            return CellResult<ParsedBid>.Fail(amount.Error);
        }

        if (name.Length == 0)
        {
            return CellResult<ParsedBid>.Fail($"ไม่มีชื่อผู้เสนอราคาหน้าราคา \"{t}\"");
        }

        return new CellResult<ParsedBid>(new ParsedBid(name, amount.Value), null);
    }

    /// <summary>A contract or agreement: its number and date ("เลขที่ 12/2568 ลงวันที่ 5 ต.ค. 2567", "12/2568 ลว. 05/10/2567").</summary>
    public static CellResult<ParsedContract> Contract(string? text)
    {
        if (IsBlank(text))
        {
            return new CellResult<ParsedContract>(new ParsedContract(null, null), null);
        }

        var t = Clean(text!);
        string numberPart;
        string? datePart;
        var keyword = DateKeyword().Match(t);
        if (keyword.Success)
        {
            numberPart = t[..keyword.Index];
            datePart = t[(keyword.Index + keyword.Length)..];
        }
        else if (TrailingDate().Match(t) is { Success: true } trailing)
        {
            numberPart = t[..trailing.Index];
            datePart = trailing.Value;
        }
        else
        {
            numberPart = t;
            datePart = null;
        }

        var number = NumberWord().Replace(numberPart, "").Trim().TrimEnd(',', ';').Trim();
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(datePart))
        {
            var parsed = ThaiDateInput.Parse(datePart.Trim());
            if (parsed.Error is not null)
            {
                return CellResult<ParsedContract>.Fail("วันที่ของสัญญา: " + parsed.Error);
            }

            date = parsed.Value;
        }

        return new CellResult<ParsedContract>(new ParsedContract(number.Length == 0 ? null : number, date), null);
    }

    /// <summary>A month: "ต.ค. 2567", "ตุลาคม 2567", "10/2567", "2567-10", Thai digits; BE years.</summary>
    public static CellResult<YearMonth> Month(string? text)
    {
        var t = ThaiDigits.ToAscii((text ?? "").Trim());
        if (t.Length == 0)
        {
            return CellResult<YearMonth>.Fail("กรุณาระบุเดือน เช่น ต.ค. 2567 หรือ 10/2567");
        }

        if (YearMonthDash().Match(t) is { Success: true } dash)
        {
            t = "1/" + dash.Groups["m"].Value + "/" + dash.Groups["y"].Value;
        }
        else if (MonthSlash().IsMatch(t))
        {
            t = "1/" + t;
        }
        else if (!char.IsAsciiDigit(t[0]))
        {
            t = "1 " + t;
        }

        var parsed = ThaiDateInput.Parse(t);
        return parsed.Error is not null
            ? CellResult<YearMonth>.Fail($"อ่านเดือน \"{text}\" ไม่ได้ กรอกแบบ ต.ค. 2567 หรือ 10/2567 (พ.ศ.)")
            : new CellResult<YearMonth>(YearMonth.FromDate(parsed.Value!.Value), null);
    }

    /// <summary>The parts of a multi-bidder cell: lines, "/", ";" or numbered items; numbering taken off.</summary>
    public static IReadOnlyList<string> SplitParts(string text)
    {
        var normalized = ThaiDigits.ToAscii(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        // "1. ก 100 บาท 2. ข 200 บาท" on one line: break before each number that starts an item.
        normalized = InlineNumbering().Replace(normalized, "\n");
        var parts = SeparatorPattern().Split(normalized)
            .Select(p => LeadingNumbering().Replace(p.Trim(), "").Trim())
            .Where(p => p.Length > 0 && !IsBlank(p))
            .ToList();
        return parts;
    }

    private static string Clean(string text) => Whitespace().Replace(ThaiDigits.ToAscii(text), " ").Trim();

    /// <summary>A price at the end: digits with commas and decimals, then บาท / .- if any.</summary>
    [GeneratedRegex(@"(?<amount>-?\d[\d,]*(\.\d+)?)\s*(บาท|บ\.|\.-|-)?\s*(ถ้วน)?\s*\)?$")]
    private static partial Regex TrailingPrice();

    [GeneratedRegex(@"(\(?\s*(ราคาที่ตกลง|ราคาที่เสนอ|เสนอราคา|ราคา|เป็นเงิน|จำนวนเงิน)\s*:?\s*)$")]
    private static partial Regex PriceWord();

    [GeneratedRegex(@"(ลงวันที่|ลว\.|ลว|วันที่)\s*")]
    private static partial Regex DateKeyword();

    [GeneratedRegex(@"(\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4}|\d{1,2}\s+\S+\s+\d{2,4})$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(สัญญาจ้าง|สัญญาซื้อ|สัญญา|ใบสั่งซื้อ|ใบสั่งจ้าง|ข้อตกลง|PO)?\s*(เลขที่|ที่)?\s*")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"[\n;/]+")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"(?<=\S)\s+(?=\d{1,2}[.)]\s+\D)")]
    private static partial Regex InlineNumbering();

    [GeneratedRegex(@"^(\d{1,2}[.)]|[-•*])\s*")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$")]
    private static partial Regex YearMonthDash();

    [GeneratedRegex(@"^\d{1,2}\s*/\s*\d{2,4}$")]
    private static partial Regex MonthSlash();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
