using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement.Import;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>How a file lays out its figures.</summary>
public enum ServiceCountsFileShape
{
    /// <summary>A row per service and a column per month, as offices keep their counter books' totals in Excel.</summary>
    ServicesByMonth,

    /// <summary>A row per service and month: the file the public page and the API give (<see cref="ServiceStatisticsTable"/>).</summary>
    RowPerMonth,
}

/// <summary>One box of the file: a month's figure of a service (null: empty or a dash, "not recorded"), and where it is.</summary>
public sealed record FileFigure(YearMonth Month, int Row, string Column, int? Figure);

/// <summary>A service as the file has it, with its row (the first, in the public file) and its boxes.</summary>
public sealed record FileService(int Row, string Column, string Name, string? Unit, string? Department, IReadOnlyList<FileFigure> Figures)
{
    public bool HasFigures => Figures.Any(f => f.Figure is not null);
}

/// <summary>What a file holds before it is compared with the office's services: every error and warning with its row and column.</summary>
public sealed record ServiceCountsFile(
    ServiceCountsFileShape Shape, IReadOnlyList<YearMonth> Months, IReadOnlyList<FileService> Services,
    IReadOnlyList<ImportMessage> Warnings, IReadOnlyList<ImportMessage> Errors)
{
    public static ServiceCountsFile Failed(string message) =>
        new(ServiceCountsFileShape.ServicesByMonth, [], [], [], [new ImportMessage(0, null, message)]);
}
