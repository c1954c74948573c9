namespace Prongsai.Documents.Pdf;

/// <summary>Settings of <see cref="ChromiumPdfConverter"/>. Bind <see cref="ChromiumPath"/> from configuration key "Prongsai:Chromium".</summary>
public sealed class ChromiumPdfOptions
{
    public const string ConfigurationKey = "Prongsai:Chromium";

    /// <summary>Path of the chromium executable; when empty, /usr/bin/chromium then chromium, chromium-browser, google-chrome on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>A conversion taking longer is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Conversions running at the same time; each Chromium takes a few hundred MB.</summary>
    public int MaxConcurrency { get; set; } = 2;
}
