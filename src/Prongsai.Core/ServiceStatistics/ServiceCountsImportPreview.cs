using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement.Import;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// What the clerk chose on the preview. <see cref="AddNewServices"/>: a name not in the office's list becomes a new
/// service (else it is an error). <see cref="EmptyClears"/>: an empty box (or a dash) removes a figure already recorded
/// for that month (else it leaves it as it is).
/// </summary>
public sealed record ServiceCountsImportOptions(bool AddNewServices = false, bool EmptyClears = false);

/// <summary>A month's box of an imported service: the file's figure, what is recorded now, and what saving would do.</summary>
public sealed record ImportedFigure(YearMonth Month, int? Figure, int? Existing, FigureChange Change)
{
    public bool Writes => Change is FigureChange.Added or FigureChange.Changed or FigureChange.Cleared;
}

/// <summary>A service of the file as it would be saved: an existing one (<see cref="ServiceId"/>) or a new one.</summary>
public sealed record ImportedService(
    int Row, int? ServiceId, string Name, string Unit, int? DepartmentId, string Department, IReadOnlyList<ImportedFigure> Figures)
{
    public bool IsNew => ServiceId is null;

    public bool Writes => IsNew || Figures.Any(f => f.Writes);
}

/// <summary>
/// What an import would save (a preview) or saved: every service with the file's months, which boxes add, change or
/// clear a figure, every warning, and every error (any error: nothing is saved).
/// </summary>
public sealed record ServiceCountsImportPreview(
    int FiscalYear, string Format, string? Encoding, ServiceCountsFileShape Shape, IReadOnlyList<YearMonth> Months,
    IReadOnlyList<ImportedService> Services, IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<ImportMessage> Errors,
    ServiceCountsImportOptions Options)
{
    /// <summary>True on the import's answer once everything was saved.</summary>
    public bool Saved { get; init; }

    public int Count(FigureChange change) => Services.Sum(s => s.Figures.Count(f => f.Change == change));

    public int NewServices => Services.Count(s => s.IsNew);

    public bool HasChanges => Services.Any(s => s.Writes);

    public bool CanImport => Errors.Count == 0 && HasChanges;

    /// <summary>
    /// A digest of every write the preview shows. The confirmation saves only when checking the file again gives the
    /// same one, so a figure someone recorded in between is never overwritten unseen.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{FiscalYear}|{Options}");
            foreach (var service in Services.Where(s => s.Writes))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{service.ServiceId}|{service.Name}|{service.Unit}|{service.DepartmentId}");
                foreach (var figure in service.Figures.Where(f => f.Writes))
                {
                    text.Append(CultureInfo.InvariantCulture, $"|{figure.Month}:{figure.Figure}:{figure.Existing}");
                }
            }

            return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    public static ServiceCountsImportPreview Refused(int fiscalYear, ServiceCountsImportOptions options, string message, string format = "", string? encoding = null) =>
        new(fiscalYear, format, encoding, ServiceCountsFileShape.ServicesByMonth, [], [], [], [new ImportMessage(0, null, message)], options);
}
