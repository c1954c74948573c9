using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Fills organization B with non-public rows of every feature (staff accounts, drafts, ...),
/// each carrying a marker text that must never appear in a response to organization A.
/// Public facts (the organization's name, its departments) carry no marker: anyone may read them.
/// Each feature adds its rows here.
/// </summary>
internal static class IsolationSeed
{
    public static async Task FillAsync(ProngsaiApp app, TestOrg organization, string marker)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        foreach (var user in await db.Users.Where(u => u.OrganizationId == organization.Id).ToListAsync())
        {
            user.DisplayName += " " + marker;
        }

        await db.SaveChangesAsync();

        // Measures: a draft plan with a measure, a step and a progress entry (drafts are never public).
        var plan = new Prongsai.Core.Measures.MeasurePlan { FiscalYear = 2599, Title = "แผน " + marker, Introduction = marker };
        var measure = new Prongsai.Core.Measures.Measure { Number = "1", Title = "มาตรการ " + marker, Outcome = marker, AllDepartments = true };
        var step = new Prongsai.Core.Measures.MeasureStep { Text = "ขั้นตอน " + marker };
        step.Progress.Add(new Prongsai.Core.Measures.ProgressEntry { AuthorName = marker, Text = "ความก้าวหน้า " + marker, Date = new DateOnly(2056, 1, 1) });
        measure.Steps.Add(step);
        measure.Results.Add(new Prongsai.Core.Measures.MeasureResult { Text = "ผล " + marker });
        plan.Measures.Add(measure);
        db.MeasurePlans.Add(plan);
        await db.SaveChangesAsync();

        // Budget: a spending plan never published, one line with its months (unpublished plans are never public).
        var budget = new Prongsai.Core.Budget.BudgetPlan { FiscalYear = 2599, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        var budgetLine = new Prongsai.Core.Budget.BudgetLine
        {
            Ordinal = 1, Sector = "ด้าน " + marker, Program = "แผนงาน", Work = "งาน", Category = Prongsai.Core.Budget.BudgetCategory.Operating,
            Subcategory = "ค่าวัสดุ", Item = "รายการ " + marker, DepartmentName = "กองคลัง", Amount = 1000m,
        };
        budgetLine.Months.Add(new Prongsai.Core.Budget.BudgetLineMonth { FiscalMonth = 1, Planned = 100m, Disbursed = 50m });
        budget.Lines.Add(budgetLine);
        db.Add(budget);
        await db.SaveChangesAsync();

        // Requests: a grievance with a message and an internal note, and a corruption complaint (never public).
        var types = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Requests.RequestTypes>();
        var grievance = await types.EnsureAsync(organization.Id, Prongsai.Core.Requests.RequestKind.Grievance);
        var corruption = await types.EnsureAsync(organization.Id, Prongsai.Core.Requests.RequestKind.Corruption);
        foreach (var type in new[] { grievance, corruption })
        {
            var request = new Prongsai.Core.Requests.TrackedRequest
            {
                Type = type, TrackingCodeHash = Prongsai.Core.Requests.TrackingCodes.Hash(Prongsai.Core.Requests.TrackingCodes.New()),
                Subject = "เรื่อง " + marker, Details = marker, ReceivedAt = DateTimeOffset.UtcNow, DueOn = new DateOnly(2056, 1, 1),
                VeryLateOn = new DateOnly(2056, 2, 1), RequesterName = "ผู้ร้อง " + marker, RequesterContact = "089-000-0000",
                DepartmentId = type == grievance ? organization.Departments[0].Id : null,
            };
            request.Steps.Add(new Prongsai.Core.Requests.RequestStep { At = DateTimeOffset.UtcNow, Status = Prongsai.Core.Requests.RequestStatus.Received, ActorName = "ระบบ", Note = marker });
            request.Messages.Add(new Prongsai.Core.Requests.RequestMessage { At = DateTimeOffset.UtcNow, FromCitizen = true, Text = "ข้อความ " + marker });
            request.Messages.Add(new Prongsai.Core.Requests.RequestMessage { At = DateTimeOffset.UtcNow, Internal = true, AuthorName = "staff", Text = "บันทึก " + marker });
            db.Add(request);
        }

        await db.SaveChangesAsync();

        // Procurement: a plan's working items and a record of an unpublished month, with a bid (none of them public).
        var procurementPlan = new Prongsai.Core.Procurement.ProcurementPlan { FiscalYear = 2599 };
        procurementPlan.Items.Add(new Prongsai.Core.Procurement.ProcurementPlanItem
        {
            Name = "รายการในแผน " + marker, Unit = "ชุด", FundingSource = marker, Budget = 1000, ExpectedMonth = new DateOnly(2055, 11, 1),
        });
        db.Add(procurementPlan);
        var procurementRecord = new Prongsai.Core.Procurement.ProcurementRecord
        {
            FiscalYear = 2599, Month = new DateOnly(2055, 10, 1), Ordinal = 1, Title = "งานจัดซื้อ " + marker, BudgetAmount = 1000,
            SelectedSupplier = "ผู้ขาย " + marker, SelectionReason = marker,
        };
        procurementRecord.Bids.Add(new Prongsai.Core.Procurement.ProcurementBid { Ordinal = 1, Bidder = "ผู้เสนอ " + marker, Price = 900 });
        db.Add(procurementRecord);
        await db.SaveChangesAsync();

        // Circulars: one sent to every member but the auditor (internal, never public), one of them acknowledged.
        var members = await db.StaffRoles.Where(r => r.Role != Prongsai.Core.Organizations.OrgRole.Auditor)
            .Select(r => r.UserId).Distinct().ToListAsync();
        var circular = new Prongsai.Core.Circulars.Circular
        {
            Number = "ว " + marker, Title = "หนังสือเวียน " + marker, Body = marker, Audience = "ทุกคน " + marker, IssuedAt = DateTimeOffset.UtcNow,
            IssuedByUserId = "seed", IssuedBy = "ผู้ออก " + marker,
        };
        circular.Recipients.AddRange(members.Select((id, i) => new Prongsai.Core.Circulars.CircularRecipient
        {
            UserId = id, DisplayName = "ผู้รับ " + marker, AcknowledgedAt = i == 0 ? DateTimeOffset.UtcNow : null,
        }));
        db.Add(circular);
        await db.SaveChangesAsync();

        // Property: an article in the register with a request waiting and a loan out to someone from outside, whose
        // contact is personal data (the register and its loans are internal, never public).
        var asset = new Prongsai.Core.Assets.Asset
        {
            Code = "ทส-" + marker, Name = "ทรัพย์สิน " + marker, Category = "ประเภท " + marker, Quantity = 10, Location = marker, Lendable = true,
            Notes = marker, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(asset);
        await db.SaveChangesAsync();
        var borrower = members[0];
        db.Add(new Prongsai.Core.Assets.AssetLoan
        {
            AssetId = asset.Id, Quantity = 2, BorrowerUserId = borrower, BorrowerName = "ผู้ยืม " + marker, Purpose = "งาน " + marker,
            From = new DateOnly(2056, 1, 1), Until = new DateOnly(2056, 1, 3), RequestedAt = DateTimeOffset.UtcNow,
            RequestedByUserId = borrower, RequestedBy = "ผู้ขอ " + marker,
        });
        db.Add(new Prongsai.Core.Assets.AssetLoan
        {
            AssetId = asset.Id, Quantity = 3, BorrowerName = "ผู้ใหญ่บ้าน " + marker, BorrowerContact = "089-111-" + marker, Purpose = "งานบุญ " + marker,
            Place = marker, From = new DateOnly(2055, 12, 1), Until = new DateOnly(2055, 12, 2), Status = Prongsai.Core.Assets.AssetLoanStatus.Approved,
            RequestedAt = DateTimeOffset.UtcNow, RequestedByUserId = "seed", RequestedBy = "ผู้บันทึก " + marker,
            DecidedAt = DateTimeOffset.UtcNow, DecidedByUserId = "seed", DecidedBy = "ผู้อนุมัติ " + marker, DecisionNote = marker,
        });
        await db.SaveChangesAsync();

        // Gifts: a report waiting for the head, and one decided to be handed to the office and not handed over yet (the
        // register is internal; the giver's name is personal data and never published).
        db.Add(new Prongsai.Core.Gifts.GiftReport
        {
            ReceiverUserId = borrower, ReceiverName = "ผู้รับ " + marker, ReceiverPosition = "ตำแหน่ง " + marker, ReceivedOn = new DateOnly(2055, 12, 1),
            GiverName = "ผู้ให้ " + marker, GiverRelation = Prongsai.Core.Gifts.GiverRelation.Contractor, Occasion = "โอกาส " + marker,
            Description = "ของขวัญ " + marker, Value = 5_000m, ReportedAt = DateTimeOffset.UtcNow,
        });
        db.Add(new Prongsai.Core.Gifts.GiftReport
        {
            ReceiverUserId = borrower, ReceiverName = "ผู้รับ " + marker, ReceiverPosition = "ตำแหน่ง " + marker, ReceivedOn = new DateOnly(2055, 11, 1),
            GiverName = "ผู้ให้ " + marker, GiverRelation = Prongsai.Core.Gifts.GiverRelation.ServiceUser, Occasion = "โอกาส " + marker,
            Description = "กระเช้า " + marker, Value = 4_000m, ReportedAt = DateTimeOffset.UtcNow,
            Status = Prongsai.Core.Gifts.GiftReportStatus.Decided, Decision = Prongsai.Core.Gifts.GiftDecision.HandToOffice,
            DecidedAt = DateTimeOffset.UtcNow, DecidedByUserId = "seed", DecidedBy = "ผู้พิจารณา " + marker, DecisionNote = "เหตุผล " + marker,
        });
        await db.SaveChangesAsync();

        // Corruption risks: an approved year with a follow-up (on the website) and a draft year (the working group's only).
        db.Add(new Prongsai.Core.CorruptionRisks.RiskAssessment
        {
            FiscalYear = 2567, Status = Prongsai.Core.CorruptionRisks.RiskAssessmentStatus.Approved, ApprovedAt = DateTimeOffset.UtcNow,
            ApprovedBy = "ผู้อนุมัติ " + marker,
            Risks =
            [
                new Prongsai.Core.CorruptionRisks.CorruptionRisk
                {
                    Process = "กระบวนงาน " + marker, Category = Prongsai.Core.CorruptionRisks.RiskCategory.Permits, Description = "เหตุการณ์ " + marker,
                    Likelihood = 3, Impact = 4, Measures = "มาตรการ " + marker, UpdatedAt = DateTimeOffset.UtcNow,
                    FollowUps =
                    [
                        new Prongsai.Core.CorruptionRisks.RiskFollowUp
                        {
                            Round = Prongsai.Core.CorruptionRisks.FollowUpRound.HalfYear, Progress = Prongsai.Core.CorruptionRisks.RiskProgress.Done,
                            Outcome = Prongsai.Core.CorruptionRisks.RiskOutcome.Controlled, Result = "ผลการดำเนินการ " + marker,
                            RecordedAt = DateTimeOffset.UtcNow, RecordedBy = "ผู้รายงาน " + marker,
                        },
                    ],
                },
            ],
        });
        db.Add(new Prongsai.Core.CorruptionRisks.RiskAssessment
        {
            FiscalYear = 2568,
            Risks =
            [
                new Prongsai.Core.CorruptionRisks.CorruptionRisk
                {
                    Process = "ร่างกระบวนงาน " + marker, Category = Prongsai.Core.CorruptionRisks.RiskCategory.Bribery, Description = "ร่างเหตุการณ์ " + marker,
                    Likelihood = 2, Impact = 2, Measures = "ร่างมาตรการ " + marker, UpdatedAt = DateTimeOffset.UtcNow,
                },
            ],
        });
        await db.SaveChangesAsync();

        // The anti-corruption plan: an approved year with a reported project (on the website) and a draft year.
        db.Add(new Prongsai.Core.AntiCorruption.AntiCorruptionPlan
        {
            FiscalYear = 2567, Status = Prongsai.Core.AntiCorruption.PlanStatus.Approved, ApprovedAt = DateTimeOffset.UtcNow,
            ApprovedBy = "ผู้อนุมัติแผน " + marker, Title = "แผนหลายปี " + marker,
            Projects =
            [
                new Prongsai.Core.AntiCorruption.PlanProject
                {
                    Dimension = Prongsai.Core.AntiCorruption.PlanDimension.Administration, Name = "โครงการ " + marker, Objective = "วัตถุประสงค์ " + marker,
                    Budget = 12_345m, Period = "ระยะเวลา " + marker, UpdatedAt = DateTimeOffset.UtcNow,
                    Reports =
                    [
                        new Prongsai.Core.AntiCorruption.ProjectReport
                        {
                            Round = Prongsai.Core.CorruptionRisks.FollowUpRound.HalfYear, Status = Prongsai.Core.AntiCorruption.ProjectStatus.Done,
                            Spent = 1_000m, Result = "ผลโครงการ " + marker, RecordedAt = DateTimeOffset.UtcNow, RecordedBy = "ผู้รายงานโครงการ " + marker,
                        },
                    ],
                },
            ],
        });
        db.Add(new Prongsai.Core.AntiCorruption.AntiCorruptionPlan
        {
            FiscalYear = 2568,
            Projects =
            [
                new Prongsai.Core.AntiCorruption.PlanProject
                {
                    Dimension = Prongsai.Core.AntiCorruption.PlanDimension.Oversight, Name = "ร่างโครงการ " + marker, Objective = "ร่างวัตถุประสงค์ " + marker,
                    UpdatedAt = DateTimeOffset.UtcNow,
                },
            ],
        });
        await db.SaveChangesAsync();

        // Consultations: a draft (never public); one open now with a named opinion and one left out (opinions and their
        // authors stay in the back office); one over and waiting for its summary; one concluded.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draftConsultation = SeedConsultation("ร่างการรับฟัง " + marker, marker, organization.Departments[0].Id, today.AddDays(30), today.AddDays(45), published: false);
        var openConsultation = SeedConsultation("การรับฟังที่เปิดอยู่ " + marker, marker, organization.Departments[0].Id, today.AddDays(-5), today.AddDays(25));
        openConsultation.Opinions.Add(new Prongsai.Core.Consultations.Opinion
        {
            Stance = Prongsai.Core.Consultations.OpinionStance.Disagree, Text = "ไม่เห็นด้วย " + marker, Name = "ผู้ให้ความเห็น " + marker,
            Contact = "089-222-" + marker, ReceivedAt = DateTimeOffset.UtcNow,
        });
        openConsultation.Opinions.Add(new Prongsai.Core.Consultations.Opinion
        {
            Stance = Prongsai.Core.Consultations.OpinionStance.Agree, Text = "โฆษณา " + marker, ReceivedAt = DateTimeOffset.UtcNow,
            Excluded = true, ExcludedReason = "เหตุผลที่ไม่นับ " + marker,
        });
        var overConsultation = SeedConsultation("การรับฟังที่รอสรุป " + marker, marker, null, today.AddDays(-40), today.AddDays(-10));
        overConsultation.Opinions.Add(new Prongsai.Core.Consultations.Opinion
        {
            Stance = Prongsai.Core.Consultations.OpinionStance.Suggestion, Text = "ข้อเสนอแนะ " + marker, ReceivedAt = DateTimeOffset.UtcNow,
        });
        var concludedConsultation = SeedConsultation("การรับฟังที่สรุปแล้ว " + marker, marker, null, today.AddDays(-90), today.AddDays(-60));
        concludedConsultation.Summary = "สรุปผล " + marker;
        concludedConsultation.SummaryPublishedAt = DateTimeOffset.UtcNow;
        concludedConsultation.SummaryBy = "ผู้สรุป " + marker;
        db.AddRange(draftConsultation, openConsultation, overConsultation, concludedConsultation);
        await db.SaveChangesAsync();

        // Satisfaction: an answer of last fiscal year with its report, and one of this year; suggestions are read only in
        // the back office, and the findings belong to this organization alone.
        var surveyYear = Prongsai.Core.Calendar.FiscalYear.ForDate(today);
        var lastSurveyYear = new Prongsai.Core.Calendar.FiscalYear(surveyYear.BeYear - 1);
        db.Set<Prongsai.Core.Satisfaction.SatisfactionResponse>().AddRange(
            SeedSatisfactionAnswer(lastSurveyYear, organization.Departments[0].Id, "ข้อเสนอแนะปีก่อน " + marker),
            SeedSatisfactionAnswer(surveyYear, null, "ข้อเสนอแนะปีนี้ " + marker));
        db.Set<Prongsai.Core.Satisfaction.SatisfactionReport>().Add(new Prongsai.Core.Satisfaction.SatisfactionReport
        {
            FiscalYear = lastSurveyYear.BeYear, Findings = "ผลการวิเคราะห์ " + marker, PublishedAt = DateTimeOffset.UtcNow, PublishedBy = "ผู้เผยแพร่ " + marker,
        });
        await db.SaveChangesAsync();

        // Service statistics: a service of a department with last month's figure, and a retired one of the whole office
        // (names reach the website, who recorded a figure never does; both carry the marker, so another organization's
        // pages are seen not to show them).
        // A service given and its monthly figures are public facts (the website and the open-data API list them for
        // any year), so that one carries no marker; one retired years ago is shown only to the office's staff.
        var countedService = new Prongsai.Core.ServiceStatistics.CountedService
        {
            Name = "บริการรับชำระภาษี", Unit = "ราย", DepartmentId = organization.Departments[0].Id, SortOrder = 1, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(countedService, new Prongsai.Core.ServiceStatistics.CountedService
        {
            Name = "บริการที่เลิกแล้ว " + marker, Unit = "เรื่อง", SortOrder = 2, CreatedAt = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero),
            RetiredAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();
        db.Add(new Prongsai.Core.ServiceStatistics.ServiceMonthCount
        {
            ServiceId = countedService.Id, Month = Prongsai.Core.Calendar.YearMonth.FromDate(today).AddMonths(-1).FirstDay, Count = 42,
            RecordedAt = DateTimeOffset.UtcNow, RecordedBy = "ผู้บันทึก " + marker,
        });
        await db.SaveChangesAsync();
    }

    private static Prongsai.Core.Satisfaction.SatisfactionResponse SeedSatisfactionAnswer(
        Prongsai.Core.Calendar.FiscalYear year, int? departmentId, string suggestion) => new()
    {
        FiscalYear = year.BeYear, ReceivedAt = new DateTimeOffset(year.Start.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
        DepartmentId = departmentId, Process = 5, Staff = 4, Facilities = 3, Quality = 4, Suggestion = suggestion,
    };

    private static Prongsai.Core.Consultations.Consultation SeedConsultation(
        string title, string marker, int? departmentId, DateOnly opensOn, DateOnly closesOn, bool published = true) => new()
    {
        Title = title, Description = "รายละเอียด " + marker, DepartmentId = departmentId, OpensOn = opensOn, ClosesOn = closesOn,
        Status = published ? Prongsai.Core.Consultations.ConsultationStatus.Published : Prongsai.Core.Consultations.ConsultationStatus.Draft,
        CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        PublishedAt = published ? DateTimeOffset.UtcNow : null, PublishedBy = published ? "ผู้เผยแพร่ " + marker : null,
    };
}
