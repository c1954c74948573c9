using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Prongsai.Core.OpenData;

// The Open Contracting Data Standard 1.1.5 release package, only the fields Prongsai fills. Property names follow
// the standard through the camel-case policy (AwardID → "awardID"); null members are left out, as the schema
// prefers an absent field to an empty one.

public sealed record OcdsReleasePackage(
    string Uri,
    string Version,
    string PublishedDate,
    OcdsPublisher Publisher,
    string License,
    string? PublicationPolicy,
    IReadOnlyList<OcdsRelease> Releases);

public sealed record OcdsPublisher(string Name, string? Scheme, string? Uid, string? Uri);

public sealed record OcdsRelease(
    string Ocid,
    string Id,
    string Date,
    IReadOnlyList<string> Tag,
    string InitiationType,
    string Language,
    IReadOnlyList<OcdsParty> Parties,
    OcdsPartyRef Buyer,
    OcdsPlanning? Planning,
    OcdsTender Tender,
    IReadOnlyList<OcdsAward>? Awards,
    IReadOnlyList<OcdsContract>? Contracts);

public sealed record OcdsParty(string Id, string Name, OcdsIdentifier? Identifier, IReadOnlyList<string> Roles);

public sealed record OcdsIdentifier(string Scheme, string Id, string? LegalName, string? Uri);

public sealed record OcdsPartyRef(string Id, string Name);

public sealed record OcdsValue(decimal Amount, string Currency = "THB");

public sealed record OcdsBudget(string? Description, OcdsValue Amount);

public sealed record OcdsPlanning(string? Rationale, OcdsBudget Budget);

public sealed record OcdsTender(
    string Id,
    string Title,
    string? Description,
    string Status,
    OcdsValue Value,
    string? ProcurementMethod,
    string ProcurementMethodDetails,
    string? MainProcurementCategory,
    IReadOnlyList<OcdsPartyRef>? Tenderers,
    int? NumberOfTenderers);

public sealed record OcdsAward(
    string Id,
    string Title,
    string? Description,
    string Status,
    string? Date,
    OcdsValue? Value,
    IReadOnlyList<OcdsPartyRef> Suppliers);

public sealed record OcdsContract(
    string Id,
    string AwardID,
    string Title,
    string? Description,
    string Status,
    OcdsValue? Value,
    string? DateSigned);

public static class OcdsJson
{
    /// <summary>camelCase, nulls left out, Thai written as itself (not \u escapes), indented for people who read it.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static byte[] Serialize(OcdsReleasePackage package) => JsonSerializer.SerializeToUtf8Bytes(package, Options);
}
