using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Prongsai.Core.Ita.Catalog.Json;

/// <summary>
/// The full catalog format (docs/ita-catalog.md): camelCase JSON, Thai written as characters, indented.
/// Reading never throws for bad input: syntax errors carry line, column and JSON path; field and catalog
/// errors carry the JSON path of the field; a file with any error yields no catalog.
/// </summary>
public static class CatalogJson
{
    public const string FormatId = "prongsai-ita-catalog/1";
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly JsonTypeInfo<CatalogFile> FileInfo = (JsonTypeInfo<CatalogFile>)Options.GetTypeInfo(typeof(CatalogFile));

    public static string Write(CatalogVersion catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return JsonSerializer.Serialize(CatalogFileMapping.ToFile(catalog), FileInfo) + "\n";
    }

    public static void Write(CatalogVersion catalog, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Encoding.UTF8.GetBytes(Write(catalog));
        output.Write(bytes);
    }

    public static CatalogReadResult Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxBytes)
            {
                return CatalogReadResult.Failed("too-large", $"ไฟล์ใหญ่เกินกำหนด (ไม่เกิน {MaxBytes / (1024 * 1024)} MB)");
            }

            buffer.Write(chunk, 0, n);
        }

        return Read(buffer.ToArray());
    }

    public static CatalogReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    public static CatalogReadResult Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return CatalogReadResult.Failed("empty", "ไฟล์ว่างเปล่า");
        }

        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize(utf8, FileInfo);
        }
        catch (JsonException ex)
        {
            return CatalogReadResult.Failed([SyntaxError(ex)]);
        }

        if (file is null)
        {
            return CatalogReadResult.Failed("not-a-catalog", "JSON เป็นค่า null ไม่ใช่รายการ ITA");
        }

        var errors = new List<CatalogError>();
        var catalog = CatalogFileMapping.ToCatalog(file, errors);
        if (errors.Count > 0 || catalog is null)
        {
            return CatalogReadResult.Failed(errors);
        }

        var invalid = CatalogValidator.Validate(catalog);
        return invalid.Count > 0 ? CatalogReadResult.Failed(invalid) : CatalogReadResult.Ok(catalog);
    }

    private static CatalogError SyntaxError(JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0) + 1;
        var column = (int)(ex.BytePositionInLine ?? 0) + 1;
        var path = ex.Path ?? "$";
        // The serializer's messages name internal types; people get a Thai sentence and the place instead.
        string message;
        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var name = path[(path.LastIndexOf('.') + 1)..];
            message = $"ไม่รู้จักช่อง \"{name}\" (สะกดผิด หรือไม่มีในรูปแบบ ดู docs/ita-catalog.md)";
        }
        else if (ex.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            message = "ชนิดข้อมูลไม่ตรงกับรูปแบบ (เช่น ตัวเลขที่เขียนในเครื่องหมายคำพูด หรือข้อความที่ควรเป็นรายการ)";
        }
        else
        {
            message = "JSON ไม่ถูกต้องตามไวยากรณ์ (เช่น ขาดจุลภาค วงเล็บ หรือเครื่องหมายคำพูด)";
        }

        return new CatalogError("bad-json", message, path, line, column);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CatalogJsonContext.Default.Options)
        {
            // Thai as characters, not \uXXXX: the file is data people read and diff, never inlined into HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = CatalogJsonContext.Default,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.MakeReadOnly();
        return options;
    }
}
