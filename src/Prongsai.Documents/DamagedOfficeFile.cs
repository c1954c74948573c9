using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Prongsai.Documents;

/// <summary>
/// What reading a damaged, truncated or hostile DOCX/XLSX throws, so every reader answers it with its own Thai message
/// instead of a server error. Besides a bad ZIP, package or XML, the Open XML SDK parses attribute values only when they
/// are read, and reports values outside their type as format, overflow or argument errors: an unknown cell type
/// (<c>t="bogus"</c>), a row number that is not a number or is beyond 32 bits, a sheet whose relationship id points
/// nowhere, a table cell span that is not a number.
/// </summary>
public static class DamagedOfficeFile
{
    public static bool Is(Exception exception) =>
        exception is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException
            or FormatException or OverflowException or ArgumentException;
}
