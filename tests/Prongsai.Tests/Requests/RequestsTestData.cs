using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Requests;

/// <summary>Builders: a citizen's filing through the real use case, and a department assignment by the organization.</summary>
internal static class RequestsTestData
{
    public static FileRequestInput Identified(RequestKind kind, string subject = "ไฟฟ้าส่องสว่างหน้าวัดดับ") =>
        new(kind, subject, "ไฟดับมาสามคืนแล้ว บริเวณหน้าวัดบางคา", Anonymous: false, "นางสมศรี ใจดี", "somsri@example.test",
            AcceptsPrivacyNotice: true, ConsentToPublish: true);

    public static FileRequestInput Anonymous(RequestKind kind, string subject = "ถนนชำรุดเป็นหลุม") =>
        new(kind, subject, "หลุมใหญ่บนถนนหมู่ 3", Anonymous: true, null, null, AcceptsPrivacyNotice: true, ConsentToPublish: false);

    public static async Task<FiledRequest> FileAsync(MeasuresTestHost host, FileRequestInput input)
    {
        var result = await host.UseAsync<FileRequest, Result<FiledRequest>>(f => f.RunAsync(input, []));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    /// <summary>Files a request and has the organization assign it to its first department.</summary>
    public static async Task<int> FileAssignedAsync(MeasuresTestHost host, FileRequestInput input)
    {
        var filed = await FileAsync(host, input);
        var departmentId = await host.QueryAsync(db => db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var officer = new StaffActor("officer-setup", "ผู้รับเรื่อง", host.OrganizationId, new HashSet<OrgRole> { OrgRole.ComplaintOfficer }, new HashSet<int>());
        var assigned = await host.UseAsync<HandleRequest, Result<TrackedRequest>>(h => h.AssignAsync(officer, filed.Id, departmentId, null));
        Assert.True(assigned.Succeeded, string.Join(" ", assigned.Errors.Select(e => e.Message)));
        return filed.Id;
    }

    public static StaffActor As(MeasuresTestHost host, OrgRole role, IReadOnlySet<int> departments) =>
        new($"user-{role}", $"ผู้ทดสอบ {role}", host.OrganizationId, new HashSet<OrgRole> { role }, departments);
}
