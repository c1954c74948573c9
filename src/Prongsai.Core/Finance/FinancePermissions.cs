namespace Prongsai.Core.Finance;

/// <summary>Who keeps the budget and procurement data, and who approves what the public sees of it.</summary>
public static class FinancePermissions
{
    /// <summary>Edit and import the spending plan, disbursements, the procurement plan and records (finance departments only).</summary>
    public const string EditFinance = "EditFinance";

    /// <summary>Approve and publish the plans and reports (แผน, รายงานรอบ 6 เดือน, ประจำปี, สขร.1).</summary>
    public const string PublishFinanceReports = "PublishFinanceReports";

    /// <summary>Name the departments whose staff keep the finance data.</summary>
    public const string ManageFinanceDepartments = "ManageFinanceDepartments";
}
