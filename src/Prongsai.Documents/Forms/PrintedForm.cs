namespace Prongsai.Documents.Forms;

/// <summary>
/// A government form to print and sign, described once and written both as a Word document (for offices that edit
/// before signing) and as the HTML a PDF is printed from: a title, lines under it, headings, paragraphs and bordered
/// tables, then the signature lines. Both writers give every text the same Thai font and size.
/// </summary>
public sealed record PrintedForm(string Title, IReadOnlyList<FormBlock> Blocks)
{
    /// <summary>A short label printed at the top right (a form number, or "ร่าง" for a draft).</summary>
    public string? Corner { get; init; }

    /// <summary>Centred lines under the title (the organization, the fiscal year).</summary>
    public IReadOnlyList<string> Subtitle { get; init; } = [];

    public bool Landscape { get; init; }

    /// <summary>Signature boxes side by side at the end, each "ลงชื่อ …" over a name and a role.</summary>
    public IReadOnlyList<FormSignature> Signatures { get; init; } = [];
}

/// <summary>One block of a form's body.</summary>
public abstract record FormBlock;

public sealed record FormHeading(string Text) : FormBlock;

public sealed record FormParagraph(string Text) : FormBlock
{
    /// <summary>A text as typed, a paragraph per line (blank lines dropped).</summary>
    public static IEnumerable<FormParagraph> PerLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => new FormParagraph(line));
    }
}

/// <summary>A bordered table whose header row repeats on every page.</summary>
public sealed record FormTable(IReadOnlyList<FormColumn> Columns, IReadOnlyList<IReadOnlyList<FormCell>> Rows) : FormBlock
{
    /// <summary>Said once across the whole table when it has no row.</summary>
    public string Empty { get; init; } = "-";
}

/// <summary>A column: its heading, its share of the table's width in percent, and how its cells are aligned.</summary>
public sealed record FormColumn(string Heading, int WidthPercent, FormAlign Align = FormAlign.Left)
{
    /// <summary>
    /// The column widens to its longest word instead of cutting it ("อิเล็กทรอนิกส์", "พฤศจิกายน"), taking the room from the
    /// other columns: for short texts the form chooses (a method, a date), never for free text, where one long address
    /// could push the table off the page. Right-aligned cells (amounts) always keep whole.
    /// </summary>
    public bool KeepsWords { get; init; }
}

public enum FormAlign
{
    Left,
    Centre,
    Right,
}

/// <summary>A cell's text (a line break starts a new line) and, when it carries meaning in colour too, its fill as
/// six hex digits; the text must say the same in words, since the page may be printed in black and white.</summary>
public sealed record FormCell(string Text, string? Fill = null, bool Bold = false)
{
    public static implicit operator FormCell(string text) => new(text);
}

/// <summary>A signature box: the name under the dotted line (blank for a hand-written one) and the role under it.</summary>
public sealed record FormSignature(string? Name, string Role, string? Date = null);
