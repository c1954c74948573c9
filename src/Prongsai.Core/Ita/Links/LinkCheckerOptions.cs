namespace Prongsai.Core.Ita.Links;

/// <summary>Prongsai:Ita:LinkChecker settings.</summary>
public sealed class LinkCheckerOptions
{
    public const string Section = "Prongsai:Ita:LinkChecker";

    /// <summary>Lets the checker open private, link-local and loopback addresses. For tests against a local server only.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>False: external addresses are not opened at all (the app's own tests); Prongsai's own links are still checked.</summary>
    public bool CheckExternal { get; set; } = true;

    /// <summary>Longest wait for one address, redirects included.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>How often each confirmed link is checked again.</summary>
    public int RecheckHours { get; set; } = 24;
}
