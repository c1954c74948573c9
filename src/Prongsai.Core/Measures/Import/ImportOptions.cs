namespace Prongsai.Core.Measures.Import;

/// <summary>Prongsai:Import settings.</summary>
public sealed class ImportOptions
{
    public const string Section = "Prongsai:Import";
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Largest file an import accepts (default 10 MB).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}
