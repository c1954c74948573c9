using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Prongsai.Tests.Documents;

/// <summary>Word and Excel are stricter than LibreOffice and the SDK's reader: elements out of the schema's order, or a
/// table without its grid, make them call a file damaged. The SDK's validator checks what they would refuse.</summary>
internal static class OfficeAssert
{
    public static void Valid(OpenXmlPackage document)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().ToList();
        if (errors.Count > 0)
        {
            Assert.Fail("Word or Excel would call the file damaged:\n" + string.Join("\n", errors.Take(20)));
        }
    }
}
