using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Prongsai.Core.Auditing;

/// <summary>JSON for audit summaries: Thai kept readable (not \u0E01...), so the trail and its export can be read and searched.</summary>
public static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
