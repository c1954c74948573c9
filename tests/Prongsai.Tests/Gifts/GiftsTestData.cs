using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Gifts;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Gifts;

/// <summary>
/// The staff of the test organization as the gift register sees them: an OrgAdmin and an Executive (who decide, and
/// receive gifts like anyone), the head of สำนักปลัด, two clerks, a complaint officer (who report) and an auditor (who
/// reads the register and reports nothing).
/// </summary>
internal sealed record GiftsTeam(
    Member Admin, Member Executive, Member Head, Member Clerk, Member Colleague, Member Officer, Member Auditor, int Office);

/// <summary>Builders: real staff accounts through StaffAccounts, reports and decisions through the real use cases.</summary>
internal static class GiftsTestData
{
    public const string Giver = "บริษัท ก่อสร้างดี จำกัด";

    public static async Task<GiftsTeam> TeamAsync(MeasuresTestHost host)
    {
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        return new GiftsTeam(
            await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]),
            await CircularsTestData.MemberAsync(host, "นายกฤษดา นายก", [OrgRole.Executive]),
            await CircularsTestData.MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], office),
            await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นายสมศักดิ์ เพื่อนร่วมงาน", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นายรับเรื่อง ร้องทุกข์", [OrgRole.ComplaintOfficer]),
            await CircularsTestData.MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]),
            office);
    }

    /// <summary>A fruit basket from a contractor at New Year, above what one may keep.</summary>
    public static GiftInput Basket(DateOnly? receivedOn, decimal? value = 3_500m, string? position = "นักวิชาการพัสดุ",
        string? giver = Giver, GiverRelation? relation = GiverRelation.Contractor, string? occasion = "ปีใหม่",
        string? description = "กระเช้าผลไม้และของใช้") =>
        new(receivedOn, position, giver, relation, occasion, description, value);

    public static async Task<GiftReport> ReportAsync(MeasuresTestHost host, StaffActor actor, GiftInput input)
    {
        var reported = await TryReportAsync(host, actor, input);
        Assert.True(reported.Succeeded, string.Join(" ", reported.Errors.Select(e => e.Message)));
        return reported.Value!;
    }

    public static Task<Result<GiftReport>> TryReportAsync(MeasuresTestHost host, StaffActor actor, GiftInput input) =>
        host.UseAsync<ReportGift, Result<GiftReport>>(r => r.RunAsync(actor, input));

    public static Task<Result<GiftReport>> DecideAsync(MeasuresTestHost host, StaffActor actor, int reportId, GiftDecision? decision,
        string? note = "ผู้ให้เป็นคู่สัญญาของหน่วยงาน") =>
        host.UseAsync<DecideGift, Result<GiftReport>>(d => d.RunAsync(actor, reportId, decision, note));

    public static Task<Result<GiftReport>> WithdrawAsync(MeasuresTestHost host, StaffActor actor, int reportId) =>
        host.UseAsync<WithdrawGiftReport, Result<GiftReport>>(w => w.RunAsync(actor, reportId));

    public static Task<Result<GiftReport>> SettleAsync(MeasuresTestHost host, StaffActor actor, int reportId, DateOnly? settledOn, string? note = null) =>
        host.UseAsync<SettleGift, Result<GiftReport>>(s => s.RunAsync(actor, reportId, settledOn, note));

    /// <summary>A report by <paramref name="receiver"/>, decided by <paramref name="decider"/>.</summary>
    public static async Task<GiftReport> DecidedAsync(
        MeasuresTestHost host, Member receiver, Member decider, GiftInput input, GiftDecision decision, string note = "ผู้ให้เป็นคู่สัญญาของหน่วยงาน")
    {
        var report = await ReportAsync(host, receiver.Actor, input);
        var decided = await DecideAsync(host, decider.Actor, report.Id, decision, note);
        Assert.True(decided.Succeeded, string.Join(" ", decided.Errors.Select(e => e.Message)));
        return decided.Value!;
    }

    public static Task<GiftReport> StoredAsync(MeasuresTestHost host, int reportId) =>
        host.QueryAsync(db => db.Set<GiftReport>().AsNoTracking().SingleAsync(g => g.Id == reportId));

    public static Task<int> CountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<GiftReport>().CountAsync());

    /// <summary>Who was told about a report (its notifications lead to it), in order of their ids.</summary>
    public static Task<List<string>> NotifiedAsync(MeasuresTestHost host, int reportId)
    {
        var path = $"gifts/{reportId}";
        return host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == path).OrderBy(n => n.Id).Select(n => n.UserId).ToListAsync());
    }

    public static Task<List<string>> NotificationTextsAsync(MeasuresTestHost host, int reportId, string userId)
    {
        var path = $"gifts/{reportId}";
        return host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == path && n.UserId == userId).OrderBy(n => n.Id).Select(n => n.Text).ToListAsync());
    }

    /// <summary>The one error of a refused result, of the expected kind, on the expected field, in Thai.</summary>
    public static TError Refused<TError>(Result<GiftReport> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, GiftReport>(result, field);
}
