using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Assets;
using Prongsai.Core.Circulars;
using Prongsai.Core.Common;
using Prongsai.Core.Consultations;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Gifts;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Satisfaction;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Architecture;

/// <summary>
/// Each permission, checked where it is enforced — in the use case — for every role. The expected table is
/// written out here on purpose, never computed from the features' declarations: taking a permission away
/// from a role in the code makes this test fail.
/// </summary>
public sealed class UseCasePermissionTests
{
    private static readonly OrgRole[] Roles =
        [OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer, OrgRole.Auditor];

    /// <summary>✔ the use case does it for that role; · it answers forbidden. Columns in the order of <see cref="Roles"/>.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        //                                  Admin Exec  Head  Staff Compl Audit
        ["ViewBackOffice"] =               "✔     ✔     ✔     ✔     ✔     ✔",
        ["ManageOrganizationProfile"] =    "✔     ·     ·     ·     ·     ·",
        ["ManageDepartments"] =            "✔     ·     ·     ·     ·     ·",
        ["ManageStaff"] =                  "✔     ·     ·     ·     ·     ·",
        ["GrantComplaintOfficer"] =        "✔     ·     ·     ·     ·     ·",
        ["ManageMeasurePlan"] =            "✔     ✔     ·     ·     ·     ·",
        ["EditMeasures"] =                 "✔     ✔     ✔     ✔     ·     ·",
        ["RequestPublication"] =           "✔     ✔     ✔     ·     ·     ·",
        ["ApproveAndPublish"] =            "·     ✔     ·     ·     ·     ·",
        ["PublishDocuments"] =             "✔     ✔     ✔     ✔     ·     ·",
        ["ManageItaChecklist"] =           "✔     ✔     ·     ·     ·     ·",
        ["EditItaEvidence"] =              "✔     ✔     ✔     ✔     ·     ·",
        ["ApproveItaItems"] =              "✔     ✔     ·     ·     ·     ·",
        ["ConfigureRequests"] =            "✔     ·     ·     ·     ·     ·",
        ["ScreenRequests"] =               "✔     ·     ·     ·     ✔     ·",
        ["AnswerRequests"] =               "✔     ·     ✔     ✔     ✔     ·",
        ["ViewCorruptionComplaints"] =     "·     ·     ·     ·     ✔     ·",
        ["ViewComplainantIdentity"] =      "·     ·     ·     ·     ✔     ·",
        ["EditFinance"] =                  "✔     ·     ✔     ✔     ·     ·",
        ["ManageFinanceDepartments"] =     "✔     ·     ·     ·     ·     ·",
        ["PublishFinanceReports"] =        "·     ✔     ·     ·     ·     ·",
        ["IssueCirculars"] =               "✔     ✔     ·     ·     ·     ·",
        ["ViewCircularAcknowledgements"] = "✔     ✔     ·     ·     ·     ✔",
        ["ManageAssets"] =                 "✔     ·     ✔     ✔     ·     ·",
        ["ApproveAssetLoans"] =            "✔     ✔     ·     ·     ·     ·",
        ["BorrowAssets"] =                 "✔     ✔     ✔     ✔     ✔     ·",
        ["ViewAssetLoans"] =               "✔     ✔     ·     ·     ·     ✔",
        ["ReportGifts"] =                  "✔     ✔     ✔     ✔     ✔     ·",
        ["DecideGifts"] =                  "✔     ✔     ·     ·     ·     ·",
        ["ViewGiftRegister"] =             "✔     ✔     ·     ·     ·     ✔",
        ["AssessRisks"] =                  "✔     ✔     ✔     ·     ·     ·",
        ["ApproveRiskAssessment"] =        "✔     ✔     ·     ·     ·     ·",
        ["WriteAntiCorruptionPlan"] =      "✔     ✔     ✔     ·     ·     ·",
        ["ApproveAntiCorruptionPlan"] =    "✔     ✔     ·     ·     ·     ·",
        ["ManageConsultations"] =          "✔     ✔     ✔     ·     ·     ·",
        ["PublishSatisfactionReport"] =    "✔     ✔     ·     ·     ·     ·",
        ["RecordServiceStatistics"] =      "✔     ·     ✔     ✔     ·     ·",
    };

    private delegate Task<IReadOnlyList<Error>> Probe(MeasuresTestHost host, StaffActor actor, int index);

    /// <summary>One write per permission, made so that it succeeds whenever it is allowed.</summary>
    private static readonly Dictionary<string, Probe> Probes = new()
    {
        ["ViewBackOffice"] = (host, actor, _) => Errors(host.UseAsync<StaffNotifications, Result<int>>(n => n.MarkReadAsync(actor, []))),
        ["ManageOrganizationProfile"] = (host, actor, _) => Errors(host.RunAsync(async sp =>
        {
            var update = sp.GetRequiredService<UpdateOrganizationProfile>();
            var input = await update.LoadAsync(host.OrganizationId) ?? throw new InvalidOperationException("no profile");
            input.Phone = "038-000-111";
            return await update.RunAsync(actor, input);
        })),
        ["ManageDepartments"] = (host, actor, i) =>
            Errors(host.UseAsync<ManageDepartments, Result<Department>>(d => d.AddAsync(actor, new DepartmentInput($"กองทดสอบ {i}")))),
        ["ManageStaff"] = async (host, actor, i) =>
        {
            var department = await FirstDepartmentAsync(host);
            return await Errors(host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a =>
                a.CreateAsync(actor, new CreateStaffRequest(host.OrganizationId, $"staff{i}@permissions.test", "เจ้าหน้าที่ทดสอบ", [OrgRole.DepartmentStaff], [department]))));
        },
        ["GrantComplaintOfficer"] = async (host, actor, i) =>
        {
            var department = await FirstDepartmentAsync(host);
            var created = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(
                StaffActor.System(organizationId: host.OrganizationId),
                new CreateStaffRequest(host.OrganizationId, $"officer{i}@permissions.test", "ผู้รับเรื่องทดสอบ", [OrgRole.DepartmentStaff], [department])));
            var userId = created.Value!.User.Id;
            return await Errors(host.UseAsync<StaffAccounts, Result<StaffUser>>(a => a.SetRolesAsync(actor, userId, [OrgRole.ComplaintOfficer], [])));
        },
        ["ManageMeasurePlan"] = (host, actor, i) =>
            Errors(host.UseAsync<EditMeasures, Result<Core.Measures.MeasurePlan>>(e => e.CreatePlanAsync(actor, 2500 + i, new PlanInput("แผนทดสอบ", null)))),
        ["EditMeasures"] = async (host, actor, _) =>
        {
            var stepId = await host.QueryAsync(db => db.MeasureSteps.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
            return await Errors(host.UseAsync<RecordProgress, Result<Core.Measures.ProgressEntry>>(p =>
                p.AddAsync(actor, stepId, new ProgressEntryInput(new DateOnly(2024, 1, 10), "ดำเนินการแล้ว"))));
        },
        ["RequestPublication"] = (host, actor, _) =>
            Errors(host.UseAsync<PublishMeasuresReport, Result<Core.Measures.MeasurePlan>>(p => p.RequestApprovalAsync(actor, 2567))),
        ["ApproveAndPublish"] = (host, actor, _) =>
            Errors(host.UseAsync<PublishMeasuresReport, Result<Core.Measures.MeasureReportVersion>>(p => p.ApproveAndPublishAsync(actor, 2567))),
        ["PublishDocuments"] = async (host, actor, i) =>
        {
            var (categoryId, departmentId) = await host.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
                await DefaultCategories.EnsureAsync(db, host.OrganizationId);
                return (await db.DocumentCategories.Select(c => c.Id).FirstAsync(), await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            });
            return await Errors(host.UseAsync<SaveDocument, Result<Document>>(s => s.RunAsync(
                null, new DocumentInput($"ประกาศทดสอบ {i}", "สรุป", "เนื้อหา", categoryId, departmentId, 2567), [], [], actor)));
        },
        ["ManageItaChecklist"] = (host, actor, i) =>
            Errors(host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.OpenAsync(actor, 2568 + (i % 2)))),
        ["EditItaEvidence"] = async (host, actor, i) =>
        {
            var itemId = await ItaItemAsync(host);
            return await Errors(host.UseAsync<EditEvidence, Result<ItaEvidence>>(e =>
                e.AddExternalAsync(actor, itemId, new ExternalEvidenceInput($"https://example.go.th/ita/{i}", "หลักฐานทดสอบ"))));
        },
        ["ConfigureRequests"] = (host, actor, i) => Errors(host.UseAsync<Core.Requests.RequestTypes, Result<Core.Requests.RequestType>>(t =>
            t.ConfigureAsync(actor, Core.Requests.RequestKind.Question, new Core.Requests.RequestTypeInput(null, 3 + i % 5, true)))),
        ["ScreenRequests"] = async (host, actor, _) =>
        {
            var id = await Requests.RequestsTestData.FileAssignedAsync(host, Requests.RequestsTestData.Anonymous(Core.Requests.RequestKind.Grievance));
            return await Errors(host.UseAsync<Core.Requests.HandleRequest, Result<Core.Requests.TrackedRequest>>(h => h.ScreenAsync(actor, id, null)));
        },
        ["AnswerRequests"] = async (host, actor, _) =>
        {
            var id = await Requests.RequestsTestData.FileAssignedAsync(host, Requests.RequestsTestData.Anonymous(Core.Requests.RequestKind.Grievance));
            return await Errors(host.UseAsync<Core.Requests.HandleRequest, Result<Core.Requests.TrackedRequest>>(h => h.AnswerAsync(actor, id, "ซ่อมแล้ว")));
        },
        ["ViewCorruptionComplaints"] = async (host, actor, _) =>
        {
            var filed = await Requests.RequestsTestData.FileAsync(host, Requests.RequestsTestData.Anonymous(Core.Requests.RequestKind.Corruption));
            var errors = await Errors(host.UseAsync<Core.Requests.HandleRequest, Result<Core.Requests.TrackedRequest>>(h => h.MessageAsync(actor, filed.Id, "บันทึก", isInternal: true)));
            // To everyone else a corruption complaint does not exist: "not found" is their refusal.
            return errors.Count > 0 && errors.All(e => e is NotFoundError) ? [Error.Forbidden()] : errors;
        },
        ["ViewComplainantIdentity"] = async (host, actor, _) =>
        {
            var id = await Requests.RequestsTestData.FileAssignedAsync(host, Requests.RequestsTestData.Identified(Core.Requests.RequestKind.Grievance));
            return await Errors(host.UseAsync<Core.Requests.HandleRequest, Result<Core.Requests.RequesterIdentity>>(h => h.RevealIdentityAsync(actor, id)));
        },
        ["EditFinance"] = (host, actor, index) => Errors(host.UseAsync<Core.Budget.EditBudgetPlan, Result<Core.Budget.BudgetPlan>>(e =>
            e.CreatePlanAsync(actor, 2600 + index, "1 ต.ค. 2567"))),
        ["PublishFinanceReports"] = async (host, actor, index) =>
        {
            var year = 2700 + index;
            var system = StaffActor.System(organizationId: host.OrganizationId);
            await host.UseAsync<Core.Budget.EditBudgetPlan, Result<Core.Budget.BudgetPlan>>(e => e.CreatePlanAsync(system, year, null));
            await host.UseAsync<Core.Budget.EditBudgetPlan, Result<Core.Budget.BudgetLine>>(e => e.AddLineAsync(system, year,
                new Core.Budget.BudgetLineInput("ด้านบริหารทั่วไป", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "กองคลัง", "1,000")));
            return await Errors(host.UseAsync<Core.Budget.PublishBudgetReport, Result<Core.Budget.BudgetReportPublication>>(p =>
                p.PublishAsync(actor, year, Core.Budget.BudgetReportKind.Plan)));
        },
        ["ManageFinanceDepartments"] = async (host, actor, _) =>
        {
            var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            return await Errors(host.UseAsync<Core.Finance.ManageFinanceDepartments, Result<IReadOnlyList<int>>>(m => m.SetAsync(actor, [departmentId])));
        },
        ["IssueCirculars"] = async (host, actor, index) =>
        {
            await CircularReaderAsync(host, index);
            return await Errors(host.UseAsync<IssueCircular, Result<Circular>>(c => c.RunAsync(actor, CircularTo(index), null)));
        },
        ["ViewCircularAcknowledgements"] = async (host, actor, index) =>
        {
            await CircularReaderAsync(host, index);
            var issued = await host.UseAsync<IssueCircular, Result<Circular>>(c =>
                c.RunAsync(StaffActor.System(organizationId: host.OrganizationId), CircularTo(index), null));
            var view = await host.UseAsync<CircularBoard, CircularView?>(b => b.FindAsync(actor, issued.Value!.Id));
            // A permission to read: what it opens is the roll of who acknowledged; without it the circular, not sent to
            // this actor, is not there at all.
            return view?.Roll is null ? [Error.Forbidden()] : [];
        },
        ["ManageAssets"] = (host, actor, index) => Errors(host.UseAsync<ManageAssetRegister, Result<Asset>>(r =>
            r.AddAsync(actor, AssetTo(index)))),
        ["ApproveAssetLoans"] = async (host, actor, index) =>
        {
            var loanId = await AssetLoanAsync(host, index);
            return await Errors(host.UseAsync<DecideAssetLoan, Result<AssetLoan>>(d => d.ApproveAsync(actor, loanId, null)));
        },
        ["BorrowAssets"] = async (host, actor, index) =>
        {
            var assetId = await AssetAsync(host, index);
            return await Errors(host.UseAsync<RequestAssetLoan, Result<AssetLoan>>(r => r.RunAsync(actor, LoanOf(assetId))));
        },
        ["ViewAssetLoans"] = async (host, actor, index) =>
        {
            var loanId = await AssetLoanAsync(host, index);
            // A permission to read: what it opens is every member's loans; without it another member's loan is not there
            // at all. Keepers (the finance departments) and approvers see them too, so the department roles ask here as
            // members of no department: this permission alone decides.
            var asked = actor.Roles.Overlaps([OrgRole.DepartmentHead, OrgRole.DepartmentStaff]) ? actor with { DepartmentIds = new HashSet<int>() } : actor;
            var view = await host.UseAsync<AssetBoard, AssetLoanView?>(b => b.FindLoanAsync(asked, loanId));
            return view is null ? [Error.Forbidden()] : [];
        },
        ["ReportGifts"] = (host, actor, _) => Errors(host.UseAsync<ReportGift, Result<GiftReport>>(r => r.RunAsync(actor, GiftOf()))),
        ["DecideGifts"] = async (host, actor, index) =>
        {
            var reportId = await GiftReportAsync(host, index);
            return await Errors(host.UseAsync<DecideGift, Result<GiftReport>>(d => d.RunAsync(actor, reportId, GiftDecision.Keep, "ของที่ระลึกตามมารยาท")));
        },
        ["ViewGiftRegister"] = async (host, actor, index) =>
        {
            var reportId = await GiftReportAsync(host, index);
            // A permission to read: what it opens is every member's reports; without it another member's report is not
            // there at all. Deciders see them too (every role that decides holds this permission as well).
            var view = await host.UseAsync<GiftBoard, GiftReportView?>(b => b.FindAsync(actor, reportId));
            return view is null ? [Error.Forbidden()] : [];
        },
        ["AssessRisks"] = async (host, actor, _) =>
        {
            var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            return await Errors(host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s => s.AddAsync(actor, 2566, RiskOf(departmentId))));
        },
        ["ApproveRiskAssessment"] = async (host, actor, index) =>
        {
            // A draft of its own for each probe, in a year no other probe writes to.
            var year = 2551 + index % 10;
            var added = await host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s =>
                s.AddAsync(StaffActor.System(organizationId: host.OrganizationId), year, RiskOf(null)));
            Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
            return await Errors(host.UseAsync<ApproveRiskAssessment, Result<RiskAssessment>>(a => a.RunAsync(actor, year)));
        },
        ["WriteAntiCorruptionPlan"] = async (host, actor, _) =>
        {
            var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            return await Errors(host.UseAsync<SavePlanProject, Result<PlanProject>>(s => s.AddAsync(actor, 2566, ProjectOf(departmentId))));
        },
        ["ApproveAntiCorruptionPlan"] = async (host, actor, index) =>
        {
            // A draft of its own for each probe, in a year no other probe writes to.
            var year = 2551 + index % 10;
            var added = await host.UseAsync<SavePlanProject, Result<PlanProject>>(s =>
                s.AddAsync(StaffActor.System(organizationId: host.OrganizationId), year, ProjectOf(null)));
            Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
            return await Errors(host.UseAsync<ApproveAntiCorruptionPlan, Result<AntiCorruptionPlan>>(a => a.RunAsync(actor, year)));
        },
        ["ManageConsultations"] = async (host, actor, index) =>
        {
            // Of a department, which the department roles here belong to: only the permission decides.
            var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            return await Errors(host.UseAsync<SaveConsultation, Result<Consultation>>(s => s.AddAsync(actor,
                new ConsultationInput($"ร่างข้อบัญญัติทดสอบ {index}", "ขอรับฟังความคิดเห็น", departmentId, "1/12/2569", "15/12/2569"))));
        },
        ["PublishSatisfactionReport"] = async (host, actor, index) =>
        {
            // Last fiscal year (over, so its report may be published) with an answer; publishing again corrects it.
            var lastYear = Core.Calendar.FiscalYear.ForDate(Core.Calendar.BangkokTime.Today(host.Clock)).BeYear - 1;
            await host.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<Core.Data.ProngsaiDbContext>();
                db.Set<SatisfactionResponse>().Add(new SatisfactionResponse
                {
                    FiscalYear = lastYear, ReceivedAt = host.Clock.GetUtcNow().AddYears(-1), Process = 4, Staff = 5, Facilities = 3, Quality = 4,
                });
                return await db.SaveChangesAsync();
            });
            return await Errors(host.UseAsync<PublishSatisfactionReport, Result<SatisfactionReport>>(p =>
                p.RunAsync(actor, lastYear, $"ผู้รับบริการพึงพอใจด้านเจ้าหน้าที่มากที่สุด ({index})")));
        },
        ["RecordServiceStatistics"] = async (host, actor, index) =>
        {
            // Of a department, which the department roles here belong to: only the permission decides.
            var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            return await Errors(host.UseAsync<ManageCountedServices, Result<CountedService>>(m =>
                m.AddAsync(actor, new CountedServiceInput($"บริการทดสอบ {index}", null, departmentId))));
        },
        ["ApproveItaItems"] = async (host, actor, _) =>
        {
            var itemId = await ItaItemAsync(host);
            return await Errors(host.UseAsync<ApproveItems, Result<ItaChecklistItem>>(a => a.ApproveAsync(actor, itemId)));
        },
    };

    /// <summary>The "structure" item of the FY2567 checklist, assigned to a department and with confirmed evidence.</summary>
    private static async Task<int> ItaItemAsync(MeasuresTestHost host)
    {
        var system = StaffActor.System(organizationId: host.OrganizationId);
        await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.OpenAsync(system, 2567)); // a conflict once opened
        var itemId = await host.QueryAsync(db => db.Set<ItaChecklistItem>().Where(i => i.ItemKey == "structure").OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        await host.UseAsync<ManageChecklist, Result<ItaChecklistItem>>(m => m.AssignAsync(system, itemId, departmentId));
        await host.UseAsync<EditEvidence, Result<ItaEvidence>>(e => e.AddExternalAsync(system, itemId, new ExternalEvidenceInput("https://example.go.th/structure", "โครงสร้าง")));
        return itemId;
    }

    /// <summary>A member with an account, so that a circular to everyone has someone to go to besides its issuer.</summary>
    private static async Task CircularReaderAsync(MeasuresTestHost host, int index)
    {
        var department = await FirstDepartmentAsync(host);
        var created = await host.UseAsync<StaffAccounts, Result<CreatedStaff>>(a => a.CreateAsync(StaffActor.System(organizationId: host.OrganizationId),
            new CreateStaffRequest(host.OrganizationId, $"reader{index}@permissions.test", "ผู้รับหนังสือเวียนทดสอบ", [OrgRole.DepartmentStaff], [department])));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
    }

    private static Task<int> FirstDepartmentAsync(MeasuresTestHost host) =>
        host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());

    private static CircularInput CircularTo(int index) => new(null, $"หนังสือเวียนทดสอบ {index}", "โปรดทราบ", [], null);

    private static AssetInput AssetTo(int index) =>
        new($"416-67-{index}", "เต็นท์ผ้าใบทดสอบ", null, 5, null, null, null, null, true, AssetCondition.Good, null);

    private static AssetLoanInput LoanOf(int assetId) => new(assetId, 1, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2), "ใช้ในงานทดสอบ", null);

    /// <summary>A lendable article of its own for each probe, added from the command line.</summary>
    private static async Task<int> AssetAsync(MeasuresTestHost host, int index)
    {
        var added = await host.UseAsync<ManageAssetRegister, Result<Asset>>(r => r.AddAsync(StaffActor.System(organizationId: host.OrganizationId), AssetTo(index)));
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
        return added.Value!.Id;
    }

    /// <summary>A request to borrow such an article by a clerk who is none of the roles asked.</summary>
    private static async Task<int> AssetLoanAsync(MeasuresTestHost host, int index)
    {
        var assetId = await AssetAsync(host, index);
        var borrower = new StaffActor($"borrower-{index}", "ผู้ยืมทดสอบ", host.OrganizationId, new HashSet<OrgRole> { OrgRole.DepartmentStaff }, new HashSet<int>());
        var requested = await host.UseAsync<RequestAssetLoan, Result<AssetLoan>>(r => r.RunAsync(borrower, LoanOf(assetId)));
        Assert.True(requested.Succeeded, string.Join(" ", requested.Errors.Select(e => e.Message)));
        return requested.Value!.Id;
    }

    private static ProjectInput ProjectOf(int? departmentId) => new(
        PlanDimension.IntolerantSociety, "โครงการอบรมคุณธรรมจริยธรรม", "พนักงานเข้าอบรม 60 คน", departmentId, "30,000", "ก.พ. 2566");

    private static RiskInput RiskOf(int? departmentId) => new(
        "การออกใบอนุญาตก่อสร้างอาคาร", RiskCategory.Permits, "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต", 3, 4, "", "ประกาศขั้นตอนและระยะเวลา", departmentId, "");

    private static GiftInput GiftOf() =>
        new(new DateOnly(2024, 1, 2), "นักวิชาการพัสดุ", "บริษัท ทดสอบ จำกัด", GiverRelation.Contractor, "ปีใหม่", "กระเช้าผลไม้", 3_500m);

    /// <summary>A report by a clerk who is none of the roles asked.</summary>
    private static async Task<int> GiftReportAsync(MeasuresTestHost host, int index)
    {
        var receiver = new StaffActor($"receiver-{index}", "ผู้รับทดสอบ", host.OrganizationId, new HashSet<OrgRole> { OrgRole.DepartmentStaff }, new HashSet<int>());
        var reported = await host.UseAsync<ReportGift, Result<GiftReport>>(r => r.RunAsync(receiver, GiftOf()));
        Assert.True(reported.Succeeded, string.Join(" ", reported.Errors.Select(e => e.Message)));
        return reported.Value!.Id;
    }

    [Theory, Providers]
    public async Task Every_use_case_allows_exactly_the_roles_of_the_table(DbProvider provider)
    {
        Assert.Equal(Expected.Keys.Order(), Probes.Keys.Order());
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var seeded = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(seeded.Succeeded);
        var departments = (await host.QueryAsync(db => db.Departments.Select(d => d.Id).ToListAsync())).ToHashSet();

        var mismatches = new List<string>();
        var index = 0;
        foreach (var (permission, row) in Expected)
        {
            var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var r = 0; r < Roles.Length; r++)
            {
                // Department roles belong to every department, so only the permission decides.
                var actor = new StaffActor($"user-{Roles[r]}", $"ผู้ทดสอบ {Roles[r]}", host.OrganizationId,
                    new HashSet<OrgRole> { Roles[r] }, departments);
                var errors = await Probes[permission](host, actor, ++index);
                var outcome = errors.Count == 0 ? "✔" : errors.All(e => e is ForbiddenError) ? "·" : "error: " + string.Join(" ", errors.Select(e => e.Message));
                if (outcome != cells[r])
                {
                    mismatches.Add($"{permission} / {Roles[r]}: expected {cells[r]}, got {outcome}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static async Task<IReadOnlyList<Error>> Errors<T>(Task<Result<T>> result) => (await result).Errors;
}
