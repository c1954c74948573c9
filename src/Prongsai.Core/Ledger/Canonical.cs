using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Prongsai.Core.Ledger;

/// <summary>
/// The canonical byte form that gets hashed (docs/ledger.md): one field per line,
/// "name:LENGTH:value\n", LENGTH being the UTF-8 byte count of value in decimal. Unambiguous
/// whatever the value holds (newlines, colons), and easy to rebuild in any language.
/// </summary>
public sealed class Canonical
{
    private readonly MemoryStream bytes = new();

    public Canonical Add(string name, string? value)
    {
        var data = Encoding.UTF8.GetBytes(value ?? "");
        Write($"{name}:{data.Length.ToString(CultureInfo.InvariantCulture)}:");
        bytes.Write(data);
        bytes.WriteByte((byte)'\n');
        return this;
    }

    public Canonical Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public Canonical AddOptional(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public byte[] ToArray() => bytes.ToArray();

    public string Sha256() => Hex(SHA256.HashData(bytes.ToArray()));

    public static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    public static string Sha256Of(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static async Task<string> Sha256Async(Stream stream, CancellationToken cancellationToken = default) =>
        Hex(await SHA256.HashDataAsync(stream, cancellationToken));

    /// <summary>UTC, whole seconds: "2024-03-15T02:30:00Z".</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void Write(string ascii) => bytes.Write(Encoding.ASCII.GetBytes(ascii));
}
