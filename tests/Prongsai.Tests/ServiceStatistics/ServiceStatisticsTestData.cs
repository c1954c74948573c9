using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The staff of the test organization as the service statistics see them: an OrgAdmin (every service, the whole office's
/// too), the head and a clerk of สำนักปลัด, a clerk of กองคลัง (their own departments' services), and an Executive, a
/// complaint officer and an auditor, who read and record nothing.
/// </summary>
internal sealed record CountersTeam(
    Member Admin, Member Head, Member Clerk, Member Treasurer, Member Executive, Member Officer, Member Auditor, int Office, int Finance, int Works);

/// <summary>Builders: real staff accounts, services and figures through the real use cases.</summary>
internal static class ServiceStatisticsTestData
{
    public const string LandTax = "รับชำระภาษีที่ดินและสิ่งปลูกสร้าง";
    public const string Allowance = "ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ";
    public const string WaterTruck = "บริการรถบรรทุกน้ำอุปโภคบริโภค";

    public static async Task<CountersTeam> TeamAsync(MeasuresTestHost host)
    {
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var works = await host.DepartmentIdAsync("กองช่าง");
        return new CountersTeam(
            await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]),
            await CircularsTestData.MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], office),
            await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นางสาวเงินทอง การคลัง", [OrgRole.DepartmentStaff], finance),
            await CircularsTestData.MemberAsync(host, "นายกฤษดา นายก", [OrgRole.Executive]),
            await CircularsTestData.MemberAsync(host, "นายรับเรื่อง ร้องทุกข์", [OrgRole.ComplaintOfficer]),
            await CircularsTestData.MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]),
            office, finance, works);
    }

    public static async Task<CountedService> AddAsync(MeasuresTestHost host, StaffActor actor, string name, int? departmentId, string? unit = null)
    {
        var added = await TryAddAsync(host, actor, new CountedServiceInput(name, unit, departmentId));
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
        return added.Value!;
    }

    public static Task<Result<CountedService>> TryAddAsync(MeasuresTestHost host, StaffActor actor, CountedServiceInput input) =>
        host.UseAsync<ManageCountedServices, Result<CountedService>>(m => m.AddAsync(actor, input));

    public static Task<Result<CountedService>> EditAsync(MeasuresTestHost host, StaffActor actor, int serviceId, CountedServiceInput input) =>
        host.UseAsync<ManageCountedServices, Result<CountedService>>(m => m.EditAsync(actor, serviceId, input));

    public static Task<Result<CountedService>> RetireAsync(MeasuresTestHost host, StaffActor actor, int serviceId) =>
        host.UseAsync<ManageCountedServices, Result<CountedService>>(m => m.RetireAsync(actor, serviceId));

    public static Task<Result<CountedService>> RestoreAsync(MeasuresTestHost host, StaffActor actor, int serviceId) =>
        host.UseAsync<ManageCountedServices, Result<CountedService>>(m => m.RestoreAsync(actor, serviceId));

    /// <summary>Records a month; each pair is a service and what was typed in its box.</summary>
    public static Task<Result<RecordedMonth>> RecordAsync(MeasuresTestHost host, StaffActor actor, YearMonth month, params (int ServiceId, string? Typed)[] figures) =>
        host.UseAsync<RecordServiceCounts, Result<RecordedMonth>>(r => r.RunAsync(actor, month, figures.Select(f => new ServiceCountInput(f.ServiceId, f.Typed)).ToList()));

    public static async Task<RecordedMonth> RecordedAsync(MeasuresTestHost host, StaffActor actor, YearMonth month, params (int ServiceId, string? Typed)[] figures)
    {
        var recorded = await RecordAsync(host, actor, month, figures);
        Assert.True(recorded.Succeeded, string.Join(" ", recorded.Errors.Select(e => e.Message)));
        return recorded.Value!;
    }

    public static Task<CountedService> StoredAsync(MeasuresTestHost host, int serviceId) =>
        host.QueryAsync(db => db.Set<CountedService>().AsNoTracking().SingleAsync(s => s.Id == serviceId));

    /// <summary>The month's figures by service.</summary>
    public static Task<Dictionary<int, ServiceMonthCount>> FiguresAsync(MeasuresTestHost host, YearMonth month)
    {
        var first = month.FirstDay;
        return host.QueryAsync(db => db.Set<ServiceMonthCount>().AsNoTracking().Where(c => c.Month == first).ToDictionaryAsync(c => c.ServiceId));
    }

    public static Task<int> ServiceCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<CountedService>().CountAsync());

    public static Task<int> FigureCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<ServiceMonthCount>().CountAsync());

    /// <summary>The one error of a refused result, of the expected kind, on the expected field, in Thai.</summary>
    public static TError Refused<TError, T>(Result<T> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, T>(result, field);
}
