namespace Prongsai.Core.Assets;

/// <summary>Permissions of government property and its loans (declared with their roles in AssetsFeature; docs/permissions.md).</summary>
public static class AssetsPermissions
{
    /// <summary>Keep the register, record loans for outside borrowers and record returns (department roles: the finance departments, who keep พัสดุ).</summary>
    public const string ManageAssets = "ManageAssets";

    /// <summary>Approve or refuse a loan: the head of the office or their delegate, never for themselves.</summary>
    public const string ApproveAssetLoans = "ApproveAssetLoans";

    /// <summary>Ask to borrow property for official work.</summary>
    public const string BorrowAssets = "BorrowAssets";

    /// <summary>See every loan, not only one's own.</summary>
    public const string ViewAssetLoans = "ViewAssetLoans";
}
