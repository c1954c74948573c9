namespace Prongsai.Core.Gifts;

/// <summary>Permissions of the gift register (declared with their roles in GiftsFeature; docs/permissions.md).</summary>
public static class GiftsPermissions
{
    /// <summary>Report a gift one has received.</summary>
    public const string ReportGifts = "ReportGifts";

    /// <summary>Decide on a report: the head of the office, never on their own.</summary>
    public const string DecideGifts = "DecideGifts";

    /// <summary>See every report and download the register, not only one's own.</summary>
    public const string ViewGiftRegister = "ViewGiftRegister";
}
