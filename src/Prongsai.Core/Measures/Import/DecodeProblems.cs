namespace Prongsai.Core.Measures.Import;

/// <summary>Why an uploaded file could not be read as text, in Thai for the uploader and English for support.</summary>
internal static class DecodeProblems
{
    internal const string Empty = "ไฟล์ว่างเปล่า ไม่มีข้อมูล (The file is empty.)";

    internal const string Binary =
        "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ อาจเป็นรูปภาพ PDF หรือไฟล์ Word/Excel โปรดบันทึกเป็นไฟล์ข้อความ (.txt) แบบ UTF-8 "
        + "(The file is binary data, not text. Save it as a UTF-8 .txt file.)";

    internal const string Utf16 =
        "ไฟล์นี้เข้ารหัสแบบ UTF-16 ซึ่งระบบไม่รองรับ โปรดบันทึกใหม่เป็น UTF-8 "
        + "(The file is UTF-16 encoded, which is not supported. Save it as UTF-8.)";

    internal const string UnknownEncoding =
        "อ่านภาษาไทยในไฟล์นี้ไม่ได้ ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 หรือ TIS-620/Windows-874 โปรดบันทึกใหม่เป็น UTF-8 "
        + "(The text is neither valid UTF-8 nor Thai TIS-620/Windows-874. Save it as UTF-8.)";
}
