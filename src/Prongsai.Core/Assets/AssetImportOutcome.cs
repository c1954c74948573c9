using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>
/// An import of the register from a file: <paramref name="UpdateExisting"/> lets rows whose code is in the register
/// already correct that article (otherwise they are skipped); a dry run reads and checks everything and saves nothing.
/// </summary>
public sealed record AssetImportRequest(StaffActor Actor, Stream Content, bool UpdateExisting = false, bool DryRun = false);

/// <summary>What the import does with a row.</summary>
public enum AssetImportAction
{
    /// <summary>A new article.</summary>
    Add,

    /// <summary>An article already in the register, corrected as the file says.</summary>
    Update,

    /// <summary>An article already in the register exactly as the file says.</summary>
    Unchanged,

    /// <summary>Not imported, with the reason (in the register already and "update" not chosen; written off).</summary>
    Skip,
}

/// <summary>One field an update changes, as people read it: "จำนวน: 10 → 12".</summary>
public sealed record AssetImportChange(string Field, string Before, string After);

/// <summary>
/// A row of the file and what the import does with it. <paramref name="Row"/> is the row as the spreadsheet numbers it;
/// <paramref name="Article"/> what the article will be (for a skipped row, what the file says); <paramref name="Department"/>
/// the name of the department it matched.
/// </summary>
public sealed record AssetImportRow(
    int Row, AssetImportAction Action, AssetInput Article, string? Department, IReadOnlyList<AssetImportChange> Changes, string? Note);

/// <summary>What an import read (and, unless a dry run, saved) with every warning; the preview page shows it.</summary>
public sealed record AssetImportOutcome(
    string Format, string? Encoding, int HeaderRow, IReadOnlyList<AssetImportRow> Rows, IReadOnlyList<ImportWarning> Warnings,
    bool UpdateExisting, bool Saved)
{
    public int Count(AssetImportAction action) => Rows.Count(r => r.Action == action);

    /// <summary>Whether confirming would write anything: an article to add or to correct.</summary>
    public bool HasChanges => Rows.Any(r => r.Action is AssetImportAction.Add or AssetImportAction.Update);
}
