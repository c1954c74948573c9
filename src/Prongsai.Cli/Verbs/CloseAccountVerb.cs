using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// Closes the account of someone who left or moved, from the command line (for offboarding scripts): the same use case
/// as the staff member's page, acting with the organization's rights, so the last OrgAdmin stays open here too.
/// </summary>
public sealed class CloseAccountVerb : IVerb
{
    public string Name => "close-account";
    public string Summary => "ปิดบัญชีเจ้าหน้าที่ที่ย้ายหรือพ้นจากหน่วยงาน / close the account of someone who left";
    public string Help => "prongsai close-account --email E [--reason R]\n  The account can no longer sign in and loses its roles; reopen it from its page in the back office.";

    public VerbOptions Options { get; } = new VerbOptions().Value("email").Value("reason");

    public async Task<int> RunAsync(VerbContext context)
    {
        var email = context.Args.Required("email");
        var reason = context.Args.Optional("reason");
        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized);
        if (user?.OrganizationId is not { } organizationId)
        {
            return context.Fail($"ไม่พบบัญชีเจ้าหน้าที่ {email}", "staff account not found");
        }

        var closed = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CloseAsync(StaffActor.System(organizationId: organizationId), user.Id, reason);
        if (!closed.Succeeded)
        {
            return context.Fail(string.Join(" ", closed.Errors.Select(e => e.Message)), "account not closed");
        }

        context.Out.WriteLine($"ปิดบัญชีแล้ว / closed: {email}");
        return CliApp.Ok;
    }
}
