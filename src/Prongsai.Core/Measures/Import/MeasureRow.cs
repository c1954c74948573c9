using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Measures.Import;

/// <summary>A measure read from the file, with the line it came from.</summary>
internal sealed record MeasureRow(MeasureReportItem Item, int Line);
