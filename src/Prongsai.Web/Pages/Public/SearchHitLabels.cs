using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Public;

/// <summary>What a search hit is, in the reader's words: one list for an organization's search and the installation's.</summary>
public static class SearchHitLabels
{
    public static string Of(string type) => type switch
    {
        "document" => Lang.T("เอกสาร", "Document"),
        "measures-report" => Lang.T("รายงานมาตรการ", "Measures report"),
        "qa" => Lang.T("ถาม-ตอบ", "Q&A"),
        "procurement" => Lang.T("การจัดซื้อจัดจ้าง", "Procurement"),
        "budget" => Lang.T("งบประมาณ", "Budget"),
        "consultation" => Lang.T("รับฟังความคิดเห็น", "Consultation"),
        _ => type,
    };
}
