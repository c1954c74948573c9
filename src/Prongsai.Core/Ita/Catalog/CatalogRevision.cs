using System.Globalization;
using Prongsai.Core.Common;

namespace Prongsai.Core.Ita.Catalog;

/// <summary>What a new revision changed, item keys by kind; shown before an import is confirmed.</summary>
/// <param name="Renumbered">Items kept whose code changed, e.g. (procurement-monthly-summary, O12, O11).</param>
/// <param name="Retired">Items of the current revision the new file no longer lists: kept as retired.</param>
/// <param name="Revived">Items retired earlier that the new file lists again.</param>
public sealed record CatalogChanges(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Kept,
    IReadOnlyList<RenumberedItem> Renumbered,
    IReadOnlyList<string> Retired,
    IReadOnlyList<string> Revived);

public sealed record RenumberedItem(string Key, string OldCode, string NewCode);

public sealed record CatalogRevisionResult(CatalogVersion Catalog, CatalogChanges Changes);

/// <summary>
/// Makes the next revision of a fiscal year and variant from a newly imported version. Items are matched by key,
/// never by code (codes get renumbered); items the new version does not list are kept as <see cref="CatalogItemStatus.Retired"/>
/// under their old sub-indicator, so checklists that hold evidence for them never lose it. Pure: no database.
/// </summary>
public static class CatalogRevision
{
    public static Result<CatalogRevisionResult> Next(CatalogVersion? current, CatalogVersion imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (current is null)
        {
            var first = imported with { Revision = 1 };
            return Result<CatalogRevisionResult>.Ok(new(first, new CatalogChanges(
                first.AllItems.Select(i => i.Key).ToList(), [], [], [], [])));
        }

        if (current.FiscalYear != imported.FiscalYear || current.Variant != imported.Variant)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"ฉบับใหม่ต้องเป็นปีงบประมาณและรูปแบบเดียวกัน (ฉบับที่ใช้อยู่ {current.FiscalYear}/{current.Variant}, ไฟล์ {imported.FiscalYear}/{imported.Variant})"));
        }

        var newItems = imported.AllItems.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var oldItems = current.AllItems.ToDictionary(i => i.Key, StringComparer.Ordinal);

        var tools = imported.Tools.ToList();
        foreach (var (tool, indicator, sub, item) in Placed(current))
        {
            if (newItems.ContainsKey(item.Key))
            {
                continue;
            }

            var retired = item with { Status = CatalogItemStatus.Retired };
            tools = Insert(tools, tool, indicator, sub, retired);
        }

        var catalog = imported with { Revision = current.Revision + 1, Tools = tools };
        var problems = CatalogValidator.Validate(catalog);
        if (problems.Count > 0)
        {
            return Result<CatalogRevisionResult>.Fail(problems.Select(p => Error.Invalid(p.ToString(), p.Path)).ToList());
        }

        var changes = new CatalogChanges(
            Added: newItems.Keys.Where(k => !oldItems.ContainsKey(k)).ToList(),
            Kept: newItems.Keys.Where(oldItems.ContainsKey).ToList(),
            Renumbered: newItems.Values.Where(n => oldItems.TryGetValue(n.Key, out var o) && !string.Equals(o.Code, n.Code, StringComparison.OrdinalIgnoreCase))
                .Select(n => new RenumberedItem(n.Key, oldItems[n.Key].Code, n.Code)).ToList(),
            Retired: oldItems.Values.Where(o => o.Status != CatalogItemStatus.Retired && !newItems.ContainsKey(o.Key)).Select(o => o.Key).ToList(),
            Revived: oldItems.Values.Where(o => o.Status == CatalogItemStatus.Retired && newItems.TryGetValue(o.Key, out var n) && n.Status != CatalogItemStatus.Retired)
                .Select(o => o.Key).ToList());
        return Result<CatalogRevisionResult>.Ok(new(catalog, changes));
    }

    private static IEnumerable<(CatalogTool Tool, CatalogIndicator Indicator, CatalogSubIndicator Sub, CatalogItem Item)> Placed(CatalogVersion catalog) =>
        from tool in catalog.Tools
        from indicator in tool.Indicators
        from sub in indicator.SubIndicators
        from item in sub.Items
        select (tool, indicator, sub, item);

    /// <summary>Adds a retired item at the end of the sub-indicator with its old code, creating what is missing on the way.</summary>
    private static List<CatalogTool> Insert(List<CatalogTool> tools, CatalogTool oldTool, CatalogIndicator oldIndicator, CatalogSubIndicator oldSub, CatalogItem item)
    {
        var toolIndex = tools.FindIndex(t => t.Code == oldTool.Code);
        if (toolIndex < 0)
        {
            tools.Add(oldTool with { Indicators = [] });
            toolIndex = tools.Count - 1;
        }

        var tool = tools[toolIndex];
        var indicators = tool.Indicators.ToList();
        var indicatorIndex = indicators.FindIndex(i => i.Number == oldIndicator.Number);
        if (indicatorIndex < 0)
        {
            indicators.Add(oldIndicator with { SubIndicators = [] });
            indicatorIndex = indicators.Count - 1;
        }

        var subs = indicators[indicatorIndex].SubIndicators.ToList();
        var subIndex = subs.FindIndex(s => s.Code == oldSub.Code);
        if (subIndex < 0)
        {
            subs.Add(oldSub with { Items = [] });
            subIndex = subs.Count - 1;
        }

        subs[subIndex] = subs[subIndex] with { Items = [.. subs[subIndex].Items, item] };
        indicators[indicatorIndex] = indicators[indicatorIndex] with { SubIndicators = subs };
        tools[toolIndex] = tool with { Indicators = indicators };
        return tools;
    }
}
