using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Ita.Submission;

namespace Prongsai.Core.Ita;

/// <summary>
/// The ITA file formats that need the spreadsheet and word-processor libraries (Prongsai.Documents): the flat
/// catalog sheet as XLSX, and the ITAS submission sheet as XLSX and DOCX. CSV is written in Core.
/// </summary>
public interface IItaDocuments
{
    CatalogReadResult ReadCatalogXlsx(Stream content, FlatCatalogOptions options);

    void WriteSubmissionXlsx(SubmissionSheet sheet, Stream output);

    void WriteSubmissionDocx(SubmissionSheet sheet, Stream output);
}
