using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>Citizen requests on one tracked-request engine: questions (Q&amp;A), complaints and corruption complaints.</summary>
public sealed class RequestsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Permission(RequestsPermissions.ConfigureRequests, "ตั้งค่าเรื่องจากประชาชนและแนวปฏิบัติการจัดการเรื่องร้องเรียน",
            "Configure request types and edit the complaint handling rules page", OrgRole.OrgAdmin)
        .Permission(RequestsPermissions.ScreenRequests, "คัดกรอง มอบหมาย ส่งต่อ และไม่รับเรื่อง",
            "Screen, assign, forward and reject requests", OrgRole.OrgAdmin, OrgRole.ComplaintOfficer)
        .DepartmentScopedPermission(RequestsPermissions.AnswerRequests, "ตอบเรื่อง ส่งข้อความถึงผู้ยื่นเรื่อง บันทึกภายใน ปิดเรื่อง และนำคำถามออกจากเว็บไซต์",
            "Answer requests, message the citizen, add internal notes, conclude, take a published question off the website (department roles: own departments only)",
            OrgRole.OrgAdmin, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer)
        .Permission(RequestsPermissions.ViewCorruptionComplaints, "เห็นเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            "See corruption and misconduct complaints at all", OrgRole.ComplaintOfficer)
        .MenuEntry(StaffMenuGroup.Work, 25, "requests", "ถาม-ตอบและเรื่องร้องเรียน", "Questions and complaints", OrganizationPermissions.ViewBackOffice)
        .MenuEntry(StaffMenuGroup.Website, 40, "requests/settings", "ตั้งค่าเรื่องร้องเรียน", "Complaint settings", RequestsPermissions.ConfigureRequests)
        .UseCase<RequestTypes>()
        .UseCase<RequestNotifier>()
        .UseCase<FileRequest>()
        .UseCase<CitizenRequests>()
        .UseCase<HandleRequest>()
        .UseCase<RequestQueue>()
        .UseCase<RequestStatistics>()
        .UseCase<ComplaintRules>()
        .UseCase<QaIndexer>()
        .Job<LateRequestsJob>()
        .ConfidentialRows<ConfidentialRequestRows>()
        .EvidenceSource<QaEvidenceSource>()
        .EvidenceSource<ComplaintRulesEvidenceSource>()
        .EvidenceSource<ComplaintStatisticsEvidenceSource>()
        .EvidenceSource<EServiceEvidenceSource>()
        .DashboardCard<RequestsCard>()
        .DemoContent<RequestsDemoContent>();
}
