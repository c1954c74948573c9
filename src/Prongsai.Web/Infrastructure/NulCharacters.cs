using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A NUL character has no place in any Prongsai text, and PostgreSQL cannot store or even
/// compare one ("invalid byte sequence"). Requests carrying one in the query, a form field or a
/// JSON string are refused with 400 before any code sees them.
/// </summary>
public static class NulCharacters
{
    public const string Message = "ข้อมูลมีอักขระที่ไม่อนุญาต (NUL) / The request contains a NUL character.";

    public static IApplicationBuilder UseNulCharacterGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var found = request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true;
            if (!found && request.HasFormContentType)
            {
                try
                {
                    var form = await request.ReadFormAsync(context.RequestAborted);
                    found = form.Any(f => f.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
                        || form.Files.Any(f => f.FileName.Contains('\0', StringComparison.Ordinal));
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
                {
                    // A malformed or oversized form is the model binder's to report (400/413), not ours.
                }
            }

            if (found)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next();
        });

    /// <summary>Reads JSON strings, refusing NUL: the endpoint then answers 400 like any bad body.</summary>
    public sealed class RefusingJsonConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return value is not null && value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException(Message) : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
