using Prongsai.Core.Common;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.ServiceStatistics.ServiceStatisticsTestData;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The list of services the office counts, on both databases: adding (a name once per office, retired ones included,
/// each field refused in Thai beside it), correcting, retiring and bringing back; department roles keep their own
/// departments' services, and the roles that record nothing are refused.
/// </summary>
public sealed class ManageCountedServicesTests
{
    [Theory, Providers]
    public async Task Services_are_added_corrected_retired_and_brought_back_and_a_name_is_used_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;

        var tax = await AddAsync(host, admin, $"  {LandTax}  ", team.Finance, unit: "  ");
        var stored = await StoredAsync(host, tax.Id);
        Assert.Equal((LandTax, ServiceStatisticsRules.DefaultUnit, (int?)team.Finance, 1, host.Clock.GetUtcNow()),
            (stored.Name, stored.Unit, stored.DepartmentId, stored.SortOrder, stored.CreatedAt));
        Assert.Null(stored.RetiredAt);

        // The whole office's service is the OrgAdmin's to add; later services come after.
        var water = await AddAsync(host, admin, WaterTruck, null, unit: " เที่ยว ");
        Assert.Equal(("เที่ยว", (int?)null, 2), (water.Unit, water.DepartmentId, water.SortOrder));

        // A name once per office, however it is spaced.
        Assert.Contains(LandTax, Refused<ConflictError, CountedService>(
            await TryAddAsync(host, admin, new CountedServiceInput($" {LandTax} ", null, team.Office)), "Name").Message, StringComparison.Ordinal);

        // Every field is checked, each beside itself.
        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Contains("ชื่อบริการ", Refused<ValidationError, CountedService>(
                await TryAddAsync(host, admin, new CountedServiceInput(blank, null, null)), "Name").Message, StringComparison.Ordinal);
        }

        Assert.Equal("ชื่อบริการยาวได้ไม่เกิน 200 ตัวอักษร", Refused<ValidationError, CountedService>(
            await TryAddAsync(host, admin, new CountedServiceInput(new string('ก', ServiceStatisticsRules.Name + 1), null, null)), "Name").Message);
        Assert.Equal("หน่วยนับยาวได้ไม่เกิน 30 ตัวอักษร", Refused<ValidationError, CountedService>(
            await TryAddAsync(host, admin, new CountedServiceInput(Allowance, new string('ข', ServiceStatisticsRules.Unit + 1), null)), "Unit").Message);
        Refused<ValidationError, CountedService>(await TryAddAsync(host, admin, new CountedServiceInput(Allowance, null, team.Finance + 10_000)), "DepartmentId");
        Assert.Equal(2, await ServiceCountAsync(host));

        // Corrected: name, unit, department; its own name may be kept, another service's may not.
        var corrected = await EditAsync(host, admin, tax.Id, new CountedServiceInput("รับชำระภาษีป้าย", "ราย", team.Office));
        Assert.True(corrected.Succeeded);
        stored = await StoredAsync(host, tax.Id);
        Assert.Equal(("รับชำระภาษีป้าย", (int?)team.Office), (stored.Name, stored.DepartmentId));
        Assert.True((await EditAsync(host, admin, tax.Id, new CountedServiceInput("รับชำระภาษีป้าย", "ราย", team.Finance))).Succeeded);
        Refused<ConflictError, CountedService>(await EditAsync(host, admin, tax.Id, new CountedServiceInput(WaterTruck, "ราย", team.Finance)), "Name");
        Refused<NotFoundError, CountedService>(await EditAsync(host, admin, tax.Id + 1_000, new CountedServiceInput("บริการ", null, null)));

        // Retired: stamped now, once; brought back: given again, once. Its name stays taken while it is retired.
        host.Clock.Now = host.Clock.Now.AddDays(3);
        Assert.True((await RetireAsync(host, admin, water.Id)).Succeeded);
        Assert.Equal(host.Clock.GetUtcNow(), (await StoredAsync(host, water.Id)).RetiredAt);
        Assert.Contains("เลิกให้บริการไปแล้ว", Refused<ConflictError, CountedService>(await RetireAsync(host, admin, water.Id)).Message, StringComparison.Ordinal);
        Refused<ConflictError, CountedService>(await TryAddAsync(host, admin, new CountedServiceInput(WaterTruck, null, null)), "Name");
        Assert.True((await RestoreAsync(host, admin, water.Id)).Succeeded);
        Assert.Null((await StoredAsync(host, water.Id)).RetiredAt);
        Assert.Contains("ยังให้บริการอยู่", Refused<ConflictError, CountedService>(await RestoreAsync(host, admin, water.Id)).Message, StringComparison.Ordinal);
        Refused<NotFoundError, CountedService>(await RetireAsync(host, admin, water.Id + 1_000));
        Refused<NotFoundError, CountedService>(await RestoreAsync(host, admin, water.Id + 1_000));
    }

    [Theory, Providers]
    public async Task Department_roles_keep_their_own_departments_services_and_the_other_roles_none(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        // A clerk adds for their own department only: not another's, not the whole office.
        var allowance = await AddAsync(host, team.Clerk.Actor, Allowance, team.Office);
        Assert.Equal("คุณบันทึกได้เฉพาะบริการของส่วนราชการของคุณ", Refused<ValidationError, CountedService>(
            await TryAddAsync(host, team.Clerk.Actor, new CountedServiceInput(LandTax, null, team.Finance)), "DepartmentId").Message);
        Assert.Contains("ผู้ดูแลระบบ", Refused<ValidationError, CountedService>(
            await TryAddAsync(host, team.Clerk.Actor, new CountedServiceInput(LandTax, null, null)), "DepartmentId").Message, StringComparison.Ordinal);
        var tax = await AddAsync(host, team.Treasurer.Actor, LandTax, team.Finance);
        var water = await AddAsync(host, team.Admin.Actor, WaterTruck, null);

        // Another department's service, or the whole office's, is not theirs to correct, retire or bring back.
        foreach (var serviceId in new[] { tax.Id, water.Id })
        {
            Refused<ForbiddenError, CountedService>(await EditAsync(host, team.Clerk.Actor, serviceId, new CountedServiceInput("แก้ชื่อ", null, team.Office)));
            Refused<ForbiddenError, CountedService>(await RetireAsync(host, team.Head.Actor, serviceId));
        }

        Assert.True((await RetireAsync(host, team.Admin.Actor, tax.Id)).Succeeded);
        Refused<ForbiddenError, CountedService>(await RestoreAsync(host, team.Clerk.Actor, tax.Id));

        // Nor may they hand their own service to another department.
        Refused<ValidationError, CountedService>(await EditAsync(host, team.Head.Actor, allowance.Id, new CountedServiceInput(Allowance, null, team.Finance)), "DepartmentId");
        Assert.True((await EditAsync(host, team.Head.Actor, allowance.Id, new CountedServiceInput(Allowance, "คน", team.Office))).Succeeded);
        Assert.True((await RetireAsync(host, team.Clerk.Actor, allowance.Id)).Succeeded);
        Assert.True((await RestoreAsync(host, team.Head.Actor, allowance.Id)).Succeeded);

        // The Executive, the complaint officer and the auditor record nothing, not even the whole office's.
        foreach (var member in new[] { team.Executive, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError, CountedService>(await TryAddAsync(host, member.Actor, new CountedServiceInput("บริการใหม่", null, null)));
            Refused<ForbiddenError, CountedService>(await EditAsync(host, member.Actor, water.Id, new CountedServiceInput("แก้ชื่อ", null, null)));
            Refused<ForbiddenError, CountedService>(await RetireAsync(host, member.Actor, water.Id));
        }

        Assert.Equal(3, await ServiceCountAsync(host));
        var stored = await StoredAsync(host, water.Id);
        Assert.Equal((WaterTruck, (DateTimeOffset?)null), (stored.Name, stored.RetiredAt));
        Assert.Equal(("คน", (int?)team.Office), ((await StoredAsync(host, allowance.Id)).Unit, (await StoredAsync(host, allowance.Id)).DepartmentId));
    }
}
