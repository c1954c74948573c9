using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Measures.Import;

/// <summary>
/// report.json: camelCase, indented, Thai written as characters (not \uXXXX) so the file is
/// readable and diffable, instants as ISO-8601 UTC ("2024-10-15T03:00:00Z").
/// </summary>
public static class MeasuresReportJson
{
    public const int MaxDepth = 32;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(MeasuresReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Options);
    }

    /// <summary>Reads report.json; malformed, too deeply nested or incomplete JSON is an error value, not an exception.</summary>
    public static MeasuresReportJsonResult Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return MeasuresReportJsonResult.Failed("ไฟล์ JSON ว่างเปล่า");
        }

        // Check the shape before binding: depth is reported as such rather than as a generic parse error.
        var shapeProblem = CheckSyntaxAndDepth(json);
        if (shapeProblem is not null)
        {
            return MeasuresReportJsonResult.Failed(shapeProblem);
        }

        try
        {
            var report = JsonSerializer.Deserialize<MeasuresReport>(json, Options);
            return report is null
                ? MeasuresReportJsonResult.Failed("JSON เป็นค่า null ไม่ใช่รายงาน")
                : new MeasuresReportJsonResult(report, null);
        }
        catch (JsonException ex)
        {
            return MeasuresReportJsonResult.Failed(string.Create(CultureInfo.InvariantCulture,
                $"ข้อมูล JSON ไม่ตรงกับรูปแบบรายงานที่ {ex.Path ?? "$"} (The JSON does not match the report shape at {ex.Path ?? "$"}: {ex.Message})"));
        }
    }

    private static string? CheckSyntaxAndDepth(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth > MaxDepth
                    || (reader.CurrentDepth == MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return string.Create(CultureInfo.InvariantCulture,
                        $"JSON ซ้อนกันลึกเกิน {MaxDepth} ชั้น");
                }
            }

            return null;
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            return string.Create(CultureInfo.InvariantCulture,
                $"JSON ไม่ถูกต้องที่บรรทัด {line} ตำแหน่ง {column}");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // Relaxed escaping writes Thai as is; the output is a file or an API body, never inlined into HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            MaxDepth = MaxDepth,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new UtcInstantConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Writes instants as UTC with a "Z" (never "+00:00" or a local offset); reads any ISO-8601 offset.</summary>
    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}

/// <summary>A report read from JSON, or a Thai + English error.</summary>
public sealed record MeasuresReportJsonResult(MeasuresReport? Report, string? Error)
{
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null;

    public static MeasuresReportJsonResult Failed(string error) => new(null, error);
}
