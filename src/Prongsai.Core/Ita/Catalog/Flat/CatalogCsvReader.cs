namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>The flat operator sheet as a CSV file: <see cref="CsvSheetReader"/> then <see cref="FlatCatalogReader"/>.</summary>
public static class CatalogCsvReader
{
    public static CatalogReadResult Read(Stream input, FlatCatalogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > CsvSheetReader.MaxBytes)
            {
                return CatalogReadResult.Failed("too-large", $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {CsvSheetReader.MaxBytes / (1024 * 1024)} MB)");
            }

            buffer.Write(chunk, 0, n);
        }

        return Read(buffer.ToArray(), options);
    }

    public static CatalogReadResult Read(byte[] bytes, FlatCatalogOptions? options = null)
    {
        var (rows, problem) = CsvSheetReader.Read(bytes);
        return rows is null ? CatalogReadResult.Failed("unreadable", problem ?? "อ่านไฟล์ไม่ได้") : FlatCatalogReader.Read(rows, options);
    }
}
