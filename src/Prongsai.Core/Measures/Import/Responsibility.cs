using System.Text.RegularExpressions;
using Prongsai.Core.Text;

namespace Prongsai.Core.Measures.Import;

/// <summary>Splits a "responsible unit" cell into department names.</summary>
public static partial class Responsibility
{
    /// <summary>Values that mean every department; they are kept whole, never split into names.</summary>
    public static IReadOnlySet<string> AllDepartmentsValues { get; } =
        new HashSet<string>(["ทุกส่วนราชการ", "ทุกกอง", "ทุกส่วนงาน", "ทุกหน่วยงาน"], StringComparer.Ordinal);

    /// <summary>
    /// Items of the cell (paragraphs, lines, list items) split further on commas, slashes and " และ ".
    /// "และ" only separates when surrounded by spaces: "กองการศึกษา ศาสนาและวัฒนธรรม" is one name.
    /// Offices write "กองคลัง / กองช่าง" (or "กองคลัง/กองช่าง") for two departments sharing a measure.
    /// </summary>
    public static IReadOnlyList<string> SplitDepartments(string? cell)
    {
        var names = new List<string>();
        foreach (var item in ListItems.Split(cell))
        {
            var trimmed = item.Trim();
            if (AllDepartmentsValues.Contains(trimmed))
            {
                AddDistinct(names, trimmed);
                continue;
            }

            foreach (var part in SeparatorPattern().Split(trimmed))
            {
                AddDistinct(names, part.Trim());
            }
        }

        return names;
    }

    private static void AddDistinct(List<string> names, string name)
    {
        if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }

    [GeneratedRegex(@"\s*[,，、;/]\s*|\s+และ\s+")]
    private static partial Regex SeparatorPattern();
}
