using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Ita.Submission;

namespace Prongsai.Documents.Ita;

/// <summary>The ITA file formats that need OpenXml, for Core's use cases.</summary>
public sealed class ItaDocuments : IItaDocuments
{
    public CatalogReadResult ReadCatalogXlsx(Stream content, FlatCatalogOptions options) => CatalogXlsxReader.Read(content, options);

    public void WriteSubmissionXlsx(SubmissionSheet sheet, Stream output) => SubmissionXlsxWriter.Write(sheet, output);

    public void WriteSubmissionDocx(SubmissionSheet sheet, Stream output) => SubmissionDocxWriter.Write(sheet, output);
}
