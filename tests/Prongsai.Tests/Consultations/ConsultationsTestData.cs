using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Consultations;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// The staff of the test organization as consultations see them: an OrgAdmin and an Executive (the whole office), the
/// head of สำนักปลัด and the head of กองคลัง (each their own department), a clerk and an auditor (who hold none).
/// </summary>
internal sealed record ConsultationsTeam(
    Member Admin, Member Executive, Member Head, Member FinanceHead, Member Clerk, Member Auditor, int Office, int Finance);

/// <summary>Builders: real staff accounts, consultations and opinions through the real use cases.</summary>
internal static class ConsultationsTestData
{
    public const string Title = "ร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1";
    public const string Description = "เพิ่มโครงการขุดลอกคลองสาธารณะหมู่ที่ 2\nขอรับฟังความคิดเห็นว่าเห็นด้วยหรือไม่";

    public static async Task<ConsultationsTeam> TeamAsync(MeasuresTestHost host)
    {
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        return new ConsultationsTeam(
            await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]),
            await CircularsTestData.MemberAsync(host, "นายกฤษดา นายก", [OrgRole.Executive]),
            await CircularsTestData.MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], office),
            await CircularsTestData.MemberAsync(host, "นางสาวเงินทอง ผู้อำนวยการกองคลัง", [OrgRole.DepartmentHead], finance),
            await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]),
            office, finance);
    }

    /// <summary>A date as a clerk types it: day/month/Buddhist-era year.</summary>
    public static string Typed(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year + 543}");

    public static ConsultationInput Hearing(DateOnly opensOn, DateOnly closesOn, int? departmentId = null, string? title = Title) =>
        new(title, Description, departmentId, Typed(opensOn), Typed(closesOn));

    public static Task<Result<Consultation>> TryAddAsync(MeasuresTestHost host, StaffActor actor, ConsultationInput input) =>
        host.UseAsync<SaveConsultation, Result<Consultation>>(s => s.AddAsync(actor, input));

    public static async Task<Consultation> AddAsync(MeasuresTestHost host, StaffActor actor, ConsultationInput input) =>
        Succeeded(await TryAddAsync(host, actor, input));

    public static Task<Result<Consultation>> EditAsync(MeasuresTestHost host, StaffActor actor, int id, ConsultationInput input) =>
        host.UseAsync<SaveConsultation, Result<Consultation>>(s => s.EditAsync(actor, id, input));

    public static Task<Result<Consultation>> PublishAsync(MeasuresTestHost host, StaffActor actor, int id) =>
        host.UseAsync<PublishConsultation, Result<Consultation>>(p => p.RunAsync(actor, id));

    /// <summary>A consultation added and put on the website by <paramref name="actor"/>.</summary>
    public static async Task<Consultation> PublishedAsync(MeasuresTestHost host, StaffActor actor, ConsultationInput input)
    {
        var added = await AddAsync(host, actor, input);
        return Succeeded(await PublishAsync(host, actor, added.Id));
    }

    public static Task<Result<Consultation>> WithdrawAsync(MeasuresTestHost host, StaffActor actor, int id, string? reason) =>
        host.UseAsync<WithdrawConsultation, Result<Consultation>>(w => w.RunAsync(actor, id, reason));

    public static Task<Result<Consultation>> SummarizeAsync(MeasuresTestHost host, StaffActor actor, int id, string? summary) =>
        host.UseAsync<PublishConsultationSummary, Result<Consultation>>(s => s.RunAsync(actor, id, summary));

    public static OpinionInput Says(OpinionStance? stance = OpinionStance.Agree, string? text = "เห็นด้วย ถนนเส้นนี้ชำรุดมาก",
        string? name = null, string? contact = null, bool acceptsPrivacyNotice = false) =>
        new(stance, text, name, contact, acceptsPrivacyNotice);

    /// <summary>An opinion sent from the organization's website (the scope works for the test organization, no one signed in).</summary>
    public static Task<Result<Opinion>> SubmitAsync(MeasuresTestHost host, int consultationId, OpinionInput input) =>
        host.UseAsync<SubmitOpinion, Result<Opinion>>(s => s.RunAsync(consultationId, input));

    public static async Task<Opinion> SubmittedAsync(MeasuresTestHost host, int consultationId, OpinionInput input) =>
        Succeeded(await SubmitAsync(host, consultationId, input));

    public static Task<Result<Opinion>> ExcludeAsync(MeasuresTestHost host, StaffActor actor, int opinionId, string? reason) =>
        host.UseAsync<CountOpinion, Result<Opinion>>(c => c.ExcludeAsync(actor, opinionId, reason));

    public static Task<Result<Opinion>> RestoreAsync(MeasuresTestHost host, StaffActor actor, int opinionId) =>
        host.UseAsync<CountOpinion, Result<Opinion>>(c => c.RestoreAsync(actor, opinionId));

    public static Task<Consultation> StoredAsync(MeasuresTestHost host, int id) =>
        host.QueryAsync(db => db.Set<Consultation>().AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<Opinion> StoredOpinionAsync(MeasuresTestHost host, int id) =>
        host.QueryAsync(db => db.Set<Opinion>().AsNoTracking().SingleAsync(o => o.Id == id));

    public static Task<int> CountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<Consultation>().CountAsync());

    public static Task<int> OpinionCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<Opinion>().CountAsync());

    /// <summary>Moves the clock to noon in Bangkok of <paramref name="day"/>.</summary>
    public static void Today(MeasuresTestHost host, DateOnly day) =>
        host.Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7));

    public static T Succeeded<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value!;
    }

    /// <summary>The one error of a refused result, of the expected kind, on the expected field, in Thai.</summary>
    public static TError Refused<TError>(Result<Consultation> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, Consultation>(result, field);

    /// <summary>The same for an opinion.</summary>
    public static TError Refused<TError>(Result<Opinion> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, Opinion>(result, field);
}
