using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Circulars;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;
using Prongsai.Core.Text;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Circulars;

/// <summary>
/// Internal circulars on both databases, with real staff accounts: who receives one, who may issue, acknowledge and
/// withdraw it, what each member sees of it, its file, and that one organization never sees another's.
/// </summary>
public sealed class CircularsUseCaseTests
{
    [Theory, Providers]
    public async Task A_circular_to_everyone_goes_to_every_member_but_the_auditors_and_its_issuer_each_with_a_notification(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);

        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input());

        var stored = await host.QueryAsync(db => db.Set<Circular>().AsNoTracking().SingleAsync(c => c.Id == circular.Id));
        Assert.Equal(IssueCircular.EveryoneAudience, stored.Audience);
        Assert.Equal("บุคลากรทุกคนของหน่วยงาน", stored.Audience);
        Assert.Equal("ชบ 71101/ว 15", stored.Number);
        Assert.Equal((team.Issuer.Id, team.Issuer.Name), (stored.IssuedByUserId, stored.IssuedBy));
        Assert.Equal(host.Clock.GetUtcNow(), stored.IssuedAt);
        Assert.Equal(CircularStatus.Issued, stored.Status);
        Assert.Null(stored.FileKey);

        var recipients = await CircularsTestData.RecipientsAsync(host, circular.Id);
        Assert.Equal(team.Everyone.Select(m => m.Id).Order(StringComparer.Ordinal), recipients.Select(r => r.UserId).Order(StringComparer.Ordinal));
        Assert.Equal(team.Everyone.Select(m => m.Name).Order(StringComparer.Ordinal), recipients.Select(r => r.DisplayName).Order(StringComparer.Ordinal));
        Assert.All(recipients, r => Assert.Null(r.AcknowledgedAt));
        // The auditor only reads; the one who also keeps the finance books is staff and is told.
        Assert.DoesNotContain(recipients, r => r.UserId == team.Auditor.Id || r.UserId == team.Issuer.Id);
        Assert.Contains(recipients, r => r.UserId == team.AuditingTreasurer.Id);

        var notes = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.Text.Contains("แนวทางการไม่รับของขวัญ")).ToListAsync());
        Assert.Equal(recipients.Select(r => r.UserId).Order(StringComparer.Ordinal), notes.Select(n => n.UserId).Order(StringComparer.Ordinal));
        // Each notification leads to the circular itself.
        Assert.All(notes, n => Assert.Equal($"circulars/{circular.Id}", n.Path));

        // The recipients are fixed when it is issued: someone who joins later is not counted as missing.
        await CircularsTestData.MemberAsync(host, "นายมาใหม่ ภายหลัง", [OrgRole.DepartmentStaff], team.Office);
        Assert.Equal(recipients.Count, (await CircularsTestData.RecipientsAsync(host, circular.Id)).Count);

        // Another issuer: the OrgAdmin who issued the first is told this time, the Executive who issues is not.
        var second = await CircularsTestData.IssueAsync(host, team.Executive, CircularsTestData.Input("ประกาศเจตจำนงสุจริตของผู้บริหาร"));
        var secondRecipients = (await CircularsTestData.RecipientsAsync(host, second.Id)).Select(r => r.UserId).ToList();
        Assert.Contains(team.Issuer.Id, secondRecipients);
        Assert.DoesNotContain(team.Executive.Id, secondRecipients);
        Assert.DoesNotContain(team.Auditor.Id, secondRecipients);
    }

    [Theory, Providers]
    public async Task A_circular_to_departments_goes_to_their_members_and_names_them_and_unknown_or_empty_departments_are_refused(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);

        var office = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("คำสั่งเวรยามสำนักปลัด", [team.Office]));
        Assert.Equal("สำนักปลัด", office.Audience);
        var officeStaff = new[] { team.Head.Id, team.Clerk.Id }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(officeStaff, (await CircularsTestData.RecipientsAsync(host, office.Id)).Select(r => r.UserId).Order(StringComparer.Ordinal));

        // Named in the organization's order of departments, whatever the order they were ticked in.
        var both = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("ซักซ้อมการเบิกจ่าย", [team.Finance, team.Office]));
        Assert.Equal("สำนักปลัด, กองคลัง", both.Audience);
        Assert.Equal(
            new[] { team.Head.Id, team.Clerk.Id, team.Treasurer.Id, team.AuditingTreasurer.Id }.Order(StringComparer.Ordinal),
            (await CircularsTestData.RecipientsAsync(host, both.Id)).Select(r => r.UserId).Order(StringComparer.Ordinal));
        var notified = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.Text.Contains("คำสั่งเวรยามสำนักปลัด")).Select(n => n.UserId).ToListAsync());
        Assert.Equal(officeStaff, notified.Order(StringComparer.Ordinal));

        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var before = await CircularsTestData.CountsAsync(host);
        // Unknown, another organization's (alone or beside one of ours), and one whose members have no account.
        int[][] refusedChoices = [[999_999], [other.DepartmentId], [team.Office, other.DepartmentId], [team.Works]];
        foreach (var departments in refusedChoices)
        {
            var refused = await CircularsTestData.TryIssueAsync(host, team.Issuer.Actor, CircularsTestData.Input("ส่งไม่ได้", departments));
            var error = Assert.IsType<ValidationError>(Assert.Single(refused.Errors));
            Assert.Equal("DepartmentIds", error.Field);
            Assert.Matches("[ก-๙]", error.Message);
        }

        Assert.Equal(before, await CircularsTestData.CountsAsync(host));
    }

    [Theory, Providers]
    public async Task The_names_of_many_long_departments_are_cut_to_fit_the_audience(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var admin = StaffActor.System(organizationId: host.OrganizationId);
        var departments = new List<int>();
        for (var i = 1; i <= 6; i++)
        {
            // A department's name may be 200 characters long: six of them pass the 1,000 of the audience.
            var name = $"ศูนย์พัฒนาเด็กเล็กแห่งที่ {i} ".PadRight(ManageDepartments.MaxNameLength, 'ก');
            var added = await host.UseAsync<ManageDepartments, Result<Department>>(d => d.AddAsync(admin, new DepartmentInput(name)));
            Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
            departments.Add(added.Value!.Id);
        }

        var issuer = await CircularsTestData.MemberAsync(host, "นายปกครอง ออกหนังสือ", [OrgRole.OrgAdmin]);
        var teacher = await CircularsTestData.MemberAsync(host, "นางสาวครู ผู้ดูแลเด็ก", [OrgRole.DepartmentStaff], departments[^1]);

        var circular = await CircularsTestData.IssueAsync(host, issuer, CircularsTestData.Input("ซักซ้อมแผนอพยพ", departments));

        var stored = await host.QueryAsync(db => db.Set<Circular>().AsNoTracking().SingleAsync(c => c.Id == circular.Id));
        Assert.Equal(CircularLimits.Audience, stored.Audience.Length);
        Assert.StartsWith("ศูนย์พัฒนาเด็กเล็กแห่งที่ 1 ", stored.Audience, StringComparison.Ordinal);
        Assert.EndsWith("…", stored.Audience, StringComparison.Ordinal);
        Assert.Equal([teacher.Id], (await CircularsTestData.RecipientsAsync(host, circular.Id)).Select(r => r.UserId));
    }

    [Theory, Providers]
    public async Task Invalid_circulars_are_refused_in_Thai_beside_their_fields_and_store_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);

        var empty = await CircularsTestData.TryIssueAsync(host, team.Issuer.Actor, new CircularInput(null, "  ", "", [], null));
        var tooLong = await CircularsTestData.TryIssueAsync(host, team.Issuer.Actor, new CircularInput(
            new string('๑', CircularLimits.Number + 1), new string('ก', CircularLimits.Title + 1), new string('ข', CircularLimits.Body + 1), [], today.AddDays(-1)));

        Assert.Equal(["Body", "Title"], empty.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.Equal(["AcknowledgeBy", "Body", "Number", "Title"], tooLong.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(empty.Errors.Concat(tooLong.Errors), e =>
        {
            Assert.IsType<ValidationError>(e);
            Assert.Matches("[ก-๙]", e.Message);
        });
        Assert.Equal((0, 0, 0), await CircularsTestData.CountsAsync(host));

        // The longest title, and today as the day to acknowledge by, are still accepted.
        var limit = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input(new string('ก', CircularLimits.Title), acknowledgeBy: today));
        Assert.Equal(today, limit.AcknowledgeBy);
    }

    [Theory, Providers]
    public async Task Only_OrgAdmins_and_Executives_issue_circulars(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);

        foreach (var member in new[] { team.Head, team.Clerk, team.Officer, team.Auditor, team.AuditingTreasurer })
        {
            var refused = await CircularsTestData.TryIssueAsync(host, member.Actor, CircularsTestData.Input());
            Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));
        }

        Assert.Equal((0, 0, 0), await CircularsTestData.CountsAsync(host));
        foreach (var member in new[] { team.Issuer, team.Executive })
        {
            Assert.True((await CircularsTestData.TryIssueAsync(host, member.Actor, CircularsTestData.Input())).Succeeded, member.Name);
        }

        Assert.Equal(2, (await CircularsTestData.CountsAsync(host)).Circulars);
    }

    [Theory, Providers]
    public async Task A_recipient_acknowledges_once_others_are_refused_and_a_withdrawn_circular_asks_nobody(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input());
        var firstPress = host.Clock.GetUtcNow();

        Task<bool[]> AskedAsync(string userId) => host.QueryAsync(db => db.StaffNotifications
            .Where(n => n.UserId == userId && n.Path == $"circulars/{circular.Id}").Select(n => n.ReadAt == null).ToArrayAsync());
        Assert.Equal(new[] { true }, await AskedAsync(team.Clerk.Id));

        var acknowledged = await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id);
        Assert.True(acknowledged.Succeeded);
        Assert.Equal(firstPress, acknowledged.Value!.AcknowledgedAt);
        // Done, the dashboard's "please acknowledge" leaves the clerk's list; the treasurer's still waits.
        Assert.Equal(new[] { false }, await AskedAsync(team.Clerk.Id));
        Assert.Equal(new[] { true }, await AskedAsync(team.Treasurer.Id));

        // A second press, an hour later, keeps the first time.
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var again = await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id);
        Assert.True(again.Succeeded);
        Assert.Equal(firstPress, again.Value!.AcknowledgedAt);
        var clerkRow = (await CircularsTestData.RecipientsAsync(host, circular.Id)).Single(r => r.UserId == team.Clerk.Id);
        Assert.Equal(firstPress, clerkRow.AcknowledgedAt);

        // Not sent to them: the issuer, the auditor, and someone without an account (the command line).
        foreach (var outsider in new[] { team.Issuer.Actor, team.Auditor.Actor, StaffActor.System(organizationId: host.OrganizationId) })
        {
            Assert.IsType<ForbiddenError>(Assert.Single((await CircularsTestData.AcknowledgeAsync(host, outsider, circular.Id)).Errors));
        }

        Assert.IsType<NotFoundError>(Assert.Single((await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id + 1000)).Errors));

        Assert.True((await CircularsTestData.CancelAsync(host, team.Issuer.Actor, circular.Id, "ออกซ้ำกับฉบับก่อน")).Succeeded);
        Assert.IsType<ConflictError>(Assert.Single((await CircularsTestData.AcknowledgeAsync(host, team.Treasurer.Actor, circular.Id)).Errors));
        // The one who had acknowledged is still told so, with the first time.
        var afterCancel = await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id);
        Assert.Equal(firstPress, afterCancel.Value!.AcknowledgedAt);

        var rows = await CircularsTestData.RecipientsAsync(host, circular.Id);
        Assert.Equal([team.Clerk.Id], rows.Where(r => r.AcknowledgedAt is not null).Select(r => r.UserId));
    }

    [Theory, Providers]
    public async Task Withdrawing_needs_a_reason_and_the_right_keeps_the_acknowledgements_and_happens_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input());
        Assert.True((await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id)).Succeeded);

        foreach (var member in new[] { team.Head, team.Clerk, team.Officer, team.Auditor })
        {
            Assert.IsType<ForbiddenError>(Assert.Single((await CircularsTestData.CancelAsync(host, member.Actor, circular.Id, "ไม่ต้องการแล้ว")).Errors));
        }

        foreach (var reason in new[] { null, "", "   ", new string('ก', CircularLimits.Reason + 1) })
        {
            var refused = await CircularsTestData.CancelAsync(host, team.Issuer.Actor, circular.Id, reason);
            var error = Assert.IsType<ValidationError>(Assert.Single(refused.Errors));
            Assert.Equal("Reason", error.Field);
            Assert.Matches("[ก-๙]", error.Message);
        }

        Assert.IsType<NotFoundError>(Assert.Single((await CircularsTestData.CancelAsync(host, team.Issuer.Actor, circular.Id + 1000, "ไม่มีฉบับนี้")).Errors));
        Assert.Equal(CircularStatus.Issued, await host.QueryAsync(db => db.Set<Circular>().Select(c => c.Status).SingleAsync()));

        host.Clock.Now = host.Clock.Now.AddDays(1);
        var cancelled = await CircularsTestData.CancelAsync(host, team.Executive.Actor, circular.Id, "  ออกซ้ำกับฉบับที่ ว 14  ");
        Assert.True(cancelled.Succeeded);

        var stored = await host.QueryAsync(db => db.Set<Circular>().AsNoTracking().SingleAsync(c => c.Id == circular.Id));
        Assert.Equal(CircularStatus.Cancelled, stored.Status);
        Assert.Equal(host.Clock.GetUtcNow(), stored.CancelledAt);
        Assert.Equal((team.Executive.Name, "ออกซ้ำกับฉบับที่ ว 14"), (stored.CancelledBy, stored.CancelReason));
        var rows = await CircularsTestData.RecipientsAsync(host, circular.Id);
        Assert.Equal(team.Everyone.Count, rows.Count);
        Assert.Equal([team.Clerk.Id], rows.Where(r => r.AcknowledgedAt is not null).Select(r => r.UserId));

        var twice = await CircularsTestData.CancelAsync(host, team.Issuer.Actor, circular.Id, "อีกครั้ง");
        Assert.IsType<ConflictError>(Assert.Single(twice.Errors));
        Assert.Equal("ออกซ้ำกับฉบับที่ ว 14", await host.QueryAsync(db => db.Set<Circular>().Select(c => c.CancelReason).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_board_shows_staff_their_own_circulars_and_followers_every_circular_with_the_roll_and_counts_the_late_ones(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var everyone = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("แนวทางการไม่รับของขวัญ", acknowledgeBy: today.AddDays(1)));
        var finance = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("ซักซ้อมการเบิกจ่าย", [team.Finance]));
        var withdrawn = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input("คำสั่งเวรยามเดิม", [team.Office], today));
        Assert.True((await CircularsTestData.CancelAsync(host, team.Issuer.Actor, withdrawn.Id, "ออกคำสั่งใหม่แทน")).Succeeded);

        Task<(IReadOnlyList<CircularRow> Rows, int Total)> ListAsync(Member member, CircularListFilter filter) =>
            host.UseAsync<CircularBoard, (IReadOnlyList<CircularRow>, int)>(b => b.ListAsync(member.Actor, filter, 1));
        Task<CircularView?> FindAsync(Member member, int id) => host.UseAsync<CircularBoard, CircularView?>(b => b.FindAsync(member.Actor, id));

        // A clerk of the office sees what was sent to them, the withdrawn one included, and not the finance one.
        var (clerkRows, clerkTotal) = await ListAsync(team.Clerk, CircularListFilter.All);
        Assert.Equal([withdrawn.Id, everyone.Id], clerkRows.Select(r => r.Id));
        Assert.Equal(2, clerkTotal);
        Assert.All(clerkRows, r => Assert.True(r.SentToMe));
        Assert.Null(await FindAsync(team.Clerk, finance.Id));
        var clerkView = (await FindAsync(team.Clerk, everyone.Id))!;
        Assert.Null(clerkView.Roll);
        Assert.Equal(team.Clerk.Id, clerkView.Mine!.UserId);
        Assert.Equal([everyone.Id], (await ListAsync(team.Clerk, CircularListFilter.WaitingForMe)).Rows.Select(r => r.Id));

        // The auditor, sent nothing, sees every circular and its roll.
        var (auditorRows, auditorTotal) = await ListAsync(team.Auditor, CircularListFilter.All);
        Assert.Equal([withdrawn.Id, finance.Id, everyone.Id], auditorRows.Select(r => r.Id));
        Assert.Equal(3, auditorTotal);
        Assert.All(auditorRows, r => Assert.False(r.SentToMe || r.WaitingForMe));
        var auditorView = (await FindAsync(team.Auditor, finance.Id))!;
        Assert.Null(auditorView.Mine);
        Assert.Equal(new[] { team.AuditingTreasurer.Name, team.Treasurer.Name }.Order(ThaiCollation.Comparer), auditorView.Roll!.Select(r => r.DisplayName));
        Assert.Empty((await ListAsync(team.Auditor, CircularListFilter.WaitingForMe)).Rows);
        Assert.Equal([finance.Id, everyone.Id], (await ListAsync(team.Auditor, CircularListFilter.Incomplete)).Rows.Select(r => r.Id));

        // The treasurer waits on two; once they have acknowledged one, one is left and its row says when.
        Assert.Equal([finance.Id, everyone.Id], (await ListAsync(team.Treasurer, CircularListFilter.WaitingForMe)).Rows.Select(r => r.Id));
        Assert.True((await CircularsTestData.AcknowledgeAsync(host, team.Treasurer.Actor, finance.Id)).Succeeded);
        var treasurerRows = (await ListAsync(team.Treasurer, CircularListFilter.All)).Rows;
        var financeRow = treasurerRows.Single(r => r.Id == finance.Id);
        Assert.Equal((2, 1, host.Clock.GetUtcNow()), (financeRow.Recipients, financeRow.Acknowledged, financeRow.MyAcknowledgement!.Value));
        Assert.False(financeRow.WaitingForMe);
        Assert.Equal([everyone.Id], (await ListAsync(team.Treasurer, CircularListFilter.WaitingForMe)).Rows.Select(r => r.Id));

        // Nothing is late until the day to acknowledge by has passed.
        Assert.Equal((1, 0), await host.UseAsync<CircularBoard, (int, int)>(b => b.WaitingForAsync(team.Clerk.Actor)));
        Assert.Equal((2, 0), await host.UseAsync<CircularBoard, (int, int)>(b => b.IncompleteAsync()));
        host.Clock.Now = host.Clock.Now.AddDays(2);
        Assert.Equal((1, 1), await host.UseAsync<CircularBoard, (int, int)>(b => b.WaitingForAsync(team.Clerk.Actor)));
        Assert.Equal((0, 0), await host.UseAsync<CircularBoard, (int, int)>(b => b.WaitingForAsync(team.Auditor.Actor)));
        Assert.Equal((2, 1), await host.UseAsync<CircularBoard, (int, int)>(b => b.IncompleteAsync()));

        // The dashboard card: the clerk's own to-dos; the auditor follows the organization's.
        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<CircularsCard>().Single().BuildAsync(member.Actor, CancellationToken.None));
        Assert.Equal(
            [("หนังสือเวียนรอคุณรับทราบ", 1, "circulars?filter=WaitingForMe"), ("เลยวันที่ต้องรับทราบแล้ว", 1, "circulars?filter=WaitingForMe")],
            (await CardAsync(team.Clerk))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)));
        Assert.Equal(
            [("หนังสือเวียนที่ยังรับทราบไม่ครบ", 2, "circulars?filter=Incomplete"), ("ยังรับทราบไม่ครบและเลยกำหนดแล้ว", 1, "circulars?filter=Incomplete")],
            (await CardAsync(team.Auditor))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)));

        // Everyone acknowledges: nothing waits for anyone, and the card has nothing to do.
        foreach (var member in team.Everyone)
        {
            Assert.True((await CircularsTestData.AcknowledgeAsync(host, member.Actor, everyone.Id)).Succeeded, member.Name);
        }

        Assert.True((await CircularsTestData.AcknowledgeAsync(host, team.AuditingTreasurer.Actor, finance.Id)).Succeeded);
        Assert.Empty((await ListAsync(team.Auditor, CircularListFilter.Incomplete)).Rows);
        Assert.Equal((0, 0), await host.UseAsync<CircularBoard, (int, int)>(b => b.IncompleteAsync()));
        Assert.Empty((await CardAsync(team.Clerk))!.ToDos);
        Assert.Empty((await CardAsync(team.Issuer))!.ToDos);
    }

    [Theory, Providers]
    public async Task A_signed_letter_is_stored_with_its_hash_and_a_file_that_is_not_a_document_is_refused_and_leaves_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var files = Path.Combine(host.DataDirectory, "files");

        foreach (var (name, bytes) in new[] { ("คำสั่ง.pdf", "MZ\x90\0 not a pdf"u8.ToArray()), ("ประกาศ.pdf", "ข้อความธรรมดา ไม่ใช่ PDF"u8.ToArray()) })
        {
            var refused = await CircularsTestData.TryIssueAsync(host, team.Issuer.Actor, CircularsTestData.Input(), new UploadedFile(name, new MemoryStream(bytes)));
            var error = Assert.IsType<ValidationError>(Assert.Single(refused.Errors));
            Assert.Equal("files", error.Field);
            Assert.Matches("[ก-๙]", error.Message);
        }

        Assert.Equal((0, 0, 0), await CircularsTestData.CountsAsync(host));
        Assert.False(Directory.Exists(files) && Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories).Any());

        var pdf = PublishingFixture.MinimalPdf;
        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input(),
            new UploadedFile("../หนังสือเวียน ว 15.pdf", new MemoryStream(pdf)));

        var stored = await host.QueryAsync(db => db.Set<Circular>().AsNoTracking().SingleAsync(c => c.Id == circular.Id));
        Assert.StartsWith($"circulars/{host.OrganizationId}/", stored.FileKey, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.FileSha256);
        Assert.Equal(("application/pdf", (long?)pdf.Length), (stored.ContentType, stored.FileSizeBytes));
        Assert.Equal("หนังสือเวียน ว 15.pdf", stored.FileName); // the path the browser sent is not kept
        var kept = await host.UseAsync<IFileStore, byte[]>(async store =>
        {
            await using var stream = (await store.OpenReadAsync(stored.FileKey!))!;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });
        Assert.Equal(pdf, kept);
        Assert.Single(Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories));
    }

    [Theory, Providers]
    public async Task Another_organization_neither_sees_nor_touches_a_circular_and_its_staff_never_receive_one(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input());
        Assert.DoesNotContain(await CircularsTestData.RecipientsAsync(host, circular.Id), r => r.UserId == other.Admin.Id || r.UserId == other.Clerk.Id);

        var otherOrganization = (other.Id, other.Slug);
        var (found, list, incomplete) = await CircularsTestData.InOrganizationAsync(host, otherOrganization, async sp =>
        {
            var board = sp.GetRequiredService<CircularBoard>();
            return (await board.FindAsync(other.Admin.Actor, circular.Id), await board.ListAsync(other.Admin.Actor, CircularListFilter.All, 1),
                await board.IncompleteAsync());
        });
        Assert.Null(found);
        Assert.Empty(list.Rows);
        Assert.Equal((0, 0), incomplete);

        var acknowledged = await CircularsTestData.InOrganizationAsync(host, otherOrganization, sp =>
            sp.GetRequiredService<AcknowledgeCircular>().RunAsync(other.Clerk.Actor, circular.Id));
        var cancelled = await CircularsTestData.InOrganizationAsync(host, otherOrganization, sp =>
            sp.GetRequiredService<CancelCircular>().RunAsync(other.Admin.Actor, circular.Id, "ไม่ใช่ของเรา"));
        Assert.IsType<NotFoundError>(Assert.Single(acknowledged.Errors));
        Assert.IsType<NotFoundError>(Assert.Single(cancelled.Errors));

        // The other organization's own circular goes to its own clerk only, and stays out of this one's board.
        var theirs = await CircularsTestData.InOrganizationAsync(host, otherOrganization, sp =>
            sp.GetRequiredService<IssueCircular>().RunAsync(other.Admin.Actor, CircularsTestData.Input("ของหน่วยงานอื่น"), null));
        Assert.True(theirs.Succeeded, string.Join(" ", theirs.Errors.Select(e => e.Message)));
        Assert.Equal([other.Clerk.Id], await CircularsTestData.InOrganizationAsync(host, otherOrganization, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Set<CircularRecipient>().Select(r => r.UserId).ToListAsync()));
        Assert.Equal([circular.Id], (await host.UseAsync<CircularBoard, (IReadOnlyList<CircularRow> Rows, int)>(b =>
            b.ListAsync(team.Auditor.Actor, CircularListFilter.All, 1))).Rows.Select(r => r.Id));
        Assert.Null(await host.UseAsync<CircularBoard, CircularView?>(b => b.FindAsync(team.Auditor.Actor, theirs.Value!.Id)));
        Assert.Equal(circular.Status, await host.QueryAsync(db => db.Set<Circular>().Select(c => c.Status).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_roll_exports_as_a_CSV_that_Excel_reads_in_Thai_with_a_line_per_recipient(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await CircularsTestData.TeamAsync(host);
        var circular = await CircularsTestData.IssueAsync(host, team.Issuer, CircularsTestData.Input());
        Assert.True((await CircularsTestData.AcknowledgeAsync(host, team.Clerk.Actor, circular.Id)).Succeeded);

        var view = (await host.UseAsync<CircularBoard, CircularView?>(b => b.FindAsync(team.Auditor.Actor, circular.Id)))!;
        Assert.Equal(1, view.Acknowledged);
        var csv = CircularBoard.RollCsv(view);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var records = CsvFiles.ReadAll(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)).Where(r => r.Count > 1).ToList();
        Assert.Equal(["ลำดับ", "ชื่อ-สกุล", "สถานะ", "วันเวลาที่รับทราบ (หนังสือเวียน ชบ 71101/ว 15 เรื่อง แนวทางการไม่รับของขวัญ)"], records[0]);
        Assert.Equal(team.Everyone.Count, records.Count - 1);
        Assert.Equal(Enumerable.Range(1, team.Everyone.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), records.Skip(1).Select(r => r[0]));
        Assert.Equal(team.Everyone.Select(m => m.Name).Order(StringComparer.Ordinal), records.Skip(1).Select(r => r[1]).Order(StringComparer.Ordinal));
        // Those still to acknowledge come first; the clerk, who has, last with the Bangkok time in the Thai year.
        Assert.Equal([team.Clerk.Name, "รับทราบแล้ว", "15/01/2567 12:00"], records[^1].Skip(1));
        Assert.All(records.Skip(1).SkipLast(1), r => Assert.Equal(["ยังไม่รับทราบ", ""], r.Skip(2)));
    }
}
