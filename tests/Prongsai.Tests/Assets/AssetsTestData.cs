using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Assets;

/// <summary>
/// The staff of the test organization as property sees them: an OrgAdmin (keeps the register and approves), an
/// Executive (approves, does not keep), the keeper of พัสดุ in กองคลัง, two clerks and the head of สำนักปลัด (who
/// borrow), a complaint officer and an auditor.
/// </summary>
internal sealed record AssetsTeam(
    Member Admin, Member Executive, Member Keeper, Member Head, Member Clerk, Member Colleague, Member Officer, Member Auditor,
    int Office, int Finance, int Works);

/// <summary>Builders: real staff accounts through StaffAccounts, articles and loans through the real use cases.</summary>
internal static class AssetsTestData
{
    public const string Purpose = "ใช้จัดงานวันเด็กแห่งชาติ ณ ศาลาประชาคม";

    public static async Task<AssetsTeam> TeamAsync(MeasuresTestHost host)
    {
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var works = await host.DepartmentIdAsync("กองช่าง");
        return new AssetsTeam(
            await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]),
            await CircularsTestData.MemberAsync(host, "นายกฤษดา นายก", [OrgRole.Executive]),
            await CircularsTestData.MemberAsync(host, "นางสาวพัสดุ รักษาของ", [OrgRole.DepartmentStaff], finance),
            await CircularsTestData.MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], office),
            await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นายสมศักดิ์ เพื่อนร่วมงาน", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นายรับเรื่อง ร้องทุกข์", [OrgRole.ComplaintOfficer]),
            await CircularsTestData.MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]),
            office, finance, works);
    }

    /// <summary>Ten plastic chairs that may be lent.</summary>
    public static AssetInput Chairs(string code = "416-66-0001", int? quantity = 10, string name = "เก้าอี้พลาสติก",
        bool lendable = true, AssetCondition condition = AssetCondition.Good, int? departmentId = null) =>
        new(code, name, "ครุภัณฑ์งานบ้านงานครัว", quantity, departmentId, "โรงเก็บพัสดุ", new DateOnly(2023, 3, 1), 350m,
            lendable, condition, null);

    public static async Task<Asset> AddAsync(MeasuresTestHost host, StaffActor keeper, AssetInput input)
    {
        var added = await TryAddAsync(host, keeper, input);
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
        return added.Value!;
    }

    public static Task<Result<Asset>> TryAddAsync(MeasuresTestHost host, StaffActor actor, AssetInput input) =>
        host.UseAsync<ManageAssetRegister, Result<Asset>>(r => r.AddAsync(actor, input));

    public static Task<Result<Asset>> EditAsync(MeasuresTestHost host, StaffActor actor, int assetId, AssetInput input) =>
        host.UseAsync<ManageAssetRegister, Result<Asset>>(r => r.EditAsync(actor, assetId, input));

    public static Task<Result<Asset>> RetireAsync(MeasuresTestHost host, StaffActor actor, int assetId, string? reason) =>
        host.UseAsync<ManageAssetRegister, Result<Asset>>(r => r.RetireAsync(actor, assetId, reason));

    public static Task<Result<Asset>> RestoreAsync(MeasuresTestHost host, StaffActor actor, int assetId) =>
        host.UseAsync<ManageAssetRegister, Result<Asset>>(r => r.RestoreAsync(actor, assetId));

    public static AssetLoanInput Loan(int assetId, int? quantity, DateOnly? from, DateOnly? until, string? purpose = Purpose,
        string? place = " ศาลาประชาคมหมู่ที่ 3 ", string? outsideBorrower = null, string? outsideContact = null) =>
        new(assetId, quantity, from, until, purpose, place, outsideBorrower, outsideContact);

    public static async Task<AssetLoan> RequestAsync(MeasuresTestHost host, StaffActor actor, AssetLoanInput input)
    {
        var requested = await TryRequestAsync(host, actor, input);
        Assert.True(requested.Succeeded, string.Join(" ", requested.Errors.Select(e => e.Message)));
        return requested.Value!;
    }

    public static Task<Result<AssetLoan>> TryRequestAsync(MeasuresTestHost host, StaffActor actor, AssetLoanInput input) =>
        host.UseAsync<RequestAssetLoan, Result<AssetLoan>>(r => r.RunAsync(actor, input));

    public static Task<Result<AssetLoan>> ApproveAsync(MeasuresTestHost host, StaffActor actor, int loanId, string? note = null) =>
        host.UseAsync<DecideAssetLoan, Result<AssetLoan>>(d => d.ApproveAsync(actor, loanId, note));

    public static Task<Result<AssetLoan>> RefuseAsync(MeasuresTestHost host, StaffActor actor, int loanId, string? reason) =>
        host.UseAsync<DecideAssetLoan, Result<AssetLoan>>(d => d.RefuseAsync(actor, loanId, reason));

    public static Task<Result<AssetLoan>> WithdrawAsync(MeasuresTestHost host, StaffActor actor, int loanId) =>
        host.UseAsync<WithdrawAssetLoan, Result<AssetLoan>>(w => w.RunAsync(actor, loanId));

    public static Task<Result<AssetLoan>> ReturnAsync(MeasuresTestHost host, StaffActor actor, int loanId, AssetReturnInput input) =>
        host.UseAsync<RecordAssetReturn, Result<AssetLoan>>(r => r.RunAsync(actor, loanId, input));

    /// <summary>A request by <paramref name="borrower"/> for themselves, approved by <paramref name="approver"/>.</summary>
    public static async Task<AssetLoan> LentAsync(
        MeasuresTestHost host, Member borrower, Member approver, int assetId, int quantity, DateOnly from, DateOnly until)
    {
        var loan = await RequestAsync(host, borrower.Actor, Loan(assetId, quantity, from, until));
        var approved = await ApproveAsync(host, approver.Actor, loan.Id);
        Assert.True(approved.Succeeded, string.Join(" ", approved.Errors.Select(e => e.Message)));
        return approved.Value!;
    }

    public static Task<AssetLoan> StoredLoanAsync(MeasuresTestHost host, int loanId) =>
        host.QueryAsync(db => db.Set<AssetLoan>().AsNoTracking().SingleAsync(l => l.Id == loanId));

    public static Task<Asset> StoredAssetAsync(MeasuresTestHost host, int assetId) =>
        host.QueryAsync(db => db.Set<Asset>().AsNoTracking().SingleAsync(a => a.Id == assetId));

    public static Task<int> LoanCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<AssetLoan>().CountAsync());

    /// <summary>Who was told about a loan (its notifications lead to it), in order of their ids.</summary>
    public static Task<List<string>> NotifiedAsync(MeasuresTestHost host, int loanId)
    {
        var path = $"assets/loans/{loanId}";
        return host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == path).OrderBy(n => n.Id).Select(n => n.UserId).ToListAsync());
    }

    /// <summary>The one error of a refused result, of the expected kind, on the expected field, in Thai.</summary>
    public static TError Refused<TError>(Result<AssetLoan> result, string? field = null) where TError : Error =>
        Refused<TError, AssetLoan>(result, field);

    public static TError Refused<TError, T>(Result<T> result, string? field = null) where TError : Error
    {
        Assert.False(result.Succeeded);
        var error = Assert.IsType<TError>(Assert.Single(result.Errors));
        Assert.Equal(field, error.Field);
        Assert.Matches("[ก-๙]", error.Message);
        return error;
    }
}
