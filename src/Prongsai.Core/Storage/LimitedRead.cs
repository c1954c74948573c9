namespace Prongsai.Core.Storage;

/// <summary>Reads an upload into memory, stopping as soon as it passes the limit (a lying Content-Length cannot fill memory).</summary>
public static class LimitedRead
{
    /// <summary>The bytes, or null when the stream holds more than maxBytes.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
