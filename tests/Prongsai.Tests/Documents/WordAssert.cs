using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Prongsai.Tests.Documents;

/// <summary>Word is stricter than LibreOffice and the SDK's reader: elements out of the schema's order make it call a
/// file damaged. The SDK's validator checks what Word would refuse.</summary>
internal static class WordAssert
{
    public static void Valid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().ToList();
        if (errors.Count > 0)
        {
            Assert.Fail("Word would call the file damaged:\n" + string.Join("\n", errors.Take(20)));
        }
    }
}
