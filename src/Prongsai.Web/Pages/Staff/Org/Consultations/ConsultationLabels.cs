using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>Words and addresses the consultation pages share, in the back office and on the website.</summary>
public static class ConsultationLabels
{
    public static string Phase(ConsultationPhase phase) => phase switch
    {
        ConsultationPhase.Draft => Lang.T("ฉบับร่าง ยังไม่เผยแพร่", "Draft, not published"),
        ConsultationPhase.Upcoming => Lang.T("เผยแพร่แล้ว ยังไม่ถึงวันเริ่ม", "Published, not open yet"),
        ConsultationPhase.Open => Lang.T("กำลังรับฟังความคิดเห็น", "Open for opinions"),
        ConsultationPhase.AwaitingSummary => Lang.T("ปิดรับฟังแล้ว กำลังสรุปผล", "Closed, summary being written"),
        ConsultationPhase.Concluded => Lang.T("สรุปผลแล้ว", "Summary published"),
        _ => Lang.T("ยกเลิกแล้ว", "Withdrawn"),
    };

    public static string PhaseClass(ConsultationPhase phase) => phase switch
    {
        ConsultationPhase.Draft => "status-draft",
        ConsultationPhase.Withdrawn => "status-withdrawn",
        _ => "status-published",
    };

    public static string Stance(OpinionStance stance) => Lang.T(ConsultationRules.StanceThai(stance), ConsultationRules.StanceEnglish(stance));

    /// <summary>"1 ธันวาคม 2569 – 31 ธันวาคม 2569".</summary>
    public static string Period(DateOnly opensOn, DateOnly closesOn) => Display.Date(opensOn) + " – " + Display.Date(closesOn);

    /// <summary>Days left including today, for an open consultation.</summary>
    public static string DaysLeft(DateOnly closesOn, DateOnly today)
    {
        var days = closesOn.DayNumber - today.DayNumber + 1;
        return days <= 1
            ? Lang.T("วันนี้เป็นวันสุดท้าย", "Today is the last day")
            : Lang.T(string.Create(CultureInfo.InvariantCulture, $"เหลืออีก {days} วัน"), string.Create(CultureInfo.InvariantCulture, $"{days} days left"));
    }

    public static string StaffList(string org) => $"/staff/{org}/consultations";

    public static string StaffPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/consultations/{id}");
}

/// <summary>The consultation form as typed; dates stay text so a mistyped one comes back as it was.</summary>
public sealed class ConsultationForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? DepartmentId { get; set; }
    public string? OpensOn { get; set; }
    public string? ClosesOn { get; set; }

    /// <summary>The consultation's edit count, as drawn and posted back (<see cref="Infrastructure.EditConflicts"/>).</summary>
    public int? EditVersion { get; set; }

    public ConsultationInput ToInput() => new(Title, Description, DepartmentId, OpensOn, ClosesOn) { EditVersion = EditVersion };

    public static ConsultationForm From(Consultation consultation) => new()
    {
        Title = consultation.Title,
        Description = consultation.Description,
        DepartmentId = consultation.DepartmentId,
        OpensOn = ThaiDateInput.Format(consultation.OpensOn),
        ClosesOn = ThaiDateInput.Format(consultation.ClosesOn),
        EditVersion = consultation.EditVersion,
    };
}

/// <summary>What the consultation form's fields need.</summary>
public sealed record ConsultationFields(ConsultationForm Input, string Prefix, IReadOnlyList<DepartmentChoice> Departments);
