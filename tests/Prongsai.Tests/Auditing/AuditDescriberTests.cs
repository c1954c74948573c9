using Prongsai.Core.Auditing;
using Prongsai.Core.Auditing.Reading;

namespace Prongsai.Tests.Auditing;

public class AuditDescriberTests
{
    private const string Somsri = "user-somsri";

    private static AuditNames Names()
    {
        var names = new AuditNames();
        names.AddPerson(Somsri, "สมศรี ใจดี");
        names.AddPerson("user-somchai", "สมชาย รักงาน");
        names.AddItem("Department", "3", "กองคลัง");
        names.AddItem("Department", "4", "กองช่าง");
        names.AddItem("Measure", "12", "จัดทำคู่มือการปฏิบัติงาน");
        names.AddItem("MeasureStep", "40", "ประชุมชี้แจง");
        names.AddItem("Document", "7", "ประกาศรับสมัคร");
        names.AddItem("MeasurePlan", "2", "2567");
        return names;
    }

    private static AuditEntry Entry(string entity, string action, string? changes, string? entityId = "12", string? userId = Somsri,
        string userName = "somsri@bangkha.go.th") => new()
    {
        Id = 1,
        At = new DateTimeOffset(2024, 11, 24, 7, 30, 0, TimeSpan.Zero),
        UserId = userId,
        UserName = userName,
        Entity = entity,
        EntityId = entityId,
        Action = action,
        Changes = changes,
    };

    [Fact]
    public void A_deleted_measure_reads_as_a_thai_sentence_with_the_persons_name_and_a_shortened_title()
    {
        var entry = Entry("Measure", AuditActions.Delete,
            """{"Id":[12,null],"Number":["3",null],"Title":["จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการ เพื่อป้องกันการทุจริตและประพฤติมิชอบในหน่วยงาน",null],"OrganizationId":[5,null]}""");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี ลบมาตรการ 'จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการ…'", line.Sentence);
        Assert.DoesNotContain("somsri@", line.Sentence, StringComparison.Ordinal);
        Assert.Equal("มาตรการ", line.KindNoun);
        Assert.Contains(line.Changes, c => c.Label == "ลำดับที่" && c.Before == "3" && c.After is null);
        Assert.DoesNotContain(line.Changes, c => c.Label.Contains("Id", StringComparison.Ordinal));
    }

    [Fact]
    public void An_update_names_the_item_by_its_current_name_and_shows_before_and_after_with_be_dates()
    {
        var entry = Entry("MeasureStep", AuditActions.Update, """{"IsDone":[false,true],"DoneOn":[null,"11/24/2024"]}""", entityId: "40");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี แก้ไขขั้นตอน 'ประชุมชี้แจง'", line.Sentence);
        Assert.Equal(new AuditChangeLine("เสร็จแล้ว", "ไม่ใช่", "ใช่"), line.Changes[0]);
        Assert.Equal(new AuditChangeLine("วันที่เสร็จ", "(ว่าง)", "24 พฤศจิกายน 2567"), line.Changes[1]);
    }

    [Fact]
    public void A_new_step_names_its_measure()
    {
        var entry = Entry("MeasureStep", AuditActions.Create, """{"Id":[null,0],"MeasureId":[null,12],"Text":[null,"อบรมเจ้าหน้าที่"],"SortOrder":[null,1]}""", entityId: "new");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี เพิ่มขั้นตอน 'อบรมเจ้าหน้าที่' ในมาตรการ 'จัดทำคู่มือการปฏิบัติงาน'", line.Sentence);
        Assert.Equal([new AuditChangeLine("ข้อความ", null, "อบรมเจ้าหน้าที่")], line.Changes);
    }

    [Fact]
    public void Ids_inside_changes_become_names_and_statuses_and_times_read_in_thai()
    {
        var entry = Entry("Document", AuditActions.Update,
            """{"DepartmentId":[3,4],"Status":["Draft","Scheduled"],"PublishAt":[null,"11/24/2024 07:30:00 +00:00"],"UpdatedAt":["11/23/2024 01:00:00 +00:00","11/24/2024 01:00:00 +00:00"]}""",
            entityId: "7");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี แก้ไขเอกสาร 'ประกาศรับสมัคร'", line.Sentence);
        Assert.Contains(new AuditChangeLine("ส่วนราชการ", "กองคลัง", "กองช่าง"), line.Changes);
        Assert.Contains(new AuditChangeLine("สถานะ", "ฉบับร่าง", "ตั้งเวลาเผยแพร่"), line.Changes);
        Assert.Contains(new AuditChangeLine("กำหนดเผยแพร่", "(ว่าง)", "24 พฤศจิกายน 2567 14:30 น."), line.Changes);
        Assert.DoesNotContain(line.Changes, c => c.Label == "UpdatedAt");
        Assert.Equal(3, line.Changes.Count);
    }

    [Fact]
    public void Html_in_a_value_is_shown_as_its_text()
    {
        var entry = Entry("Document", AuditActions.Update, """{"BodyHtml":["<p>เดิม</p>","<p>ใหม่ <b>สำคัญ</b></p><script>x</script>"]}""", entityId: "7");

        var change = Assert.Single(AuditDescriber.Describe(entry, Names()).Changes);

        Assert.Equal(new AuditChangeLine("เนื้อหา", "เดิม", "ใหม่ สำคัญ"), change);
    }

    [Fact]
    public void A_published_report_says_which_fiscal_year_and_version()
    {
        var entry = Entry("MeasureReportVersion", AuditActions.Publish, """{"FiscalYear":2567,"Version":2}""", entityId: "9");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี อนุมัติและเผยแพร่รายงานมาตรการ ปีงบประมาณ 2567 ฉบับที่ 2", line.Sentence);
        Assert.Contains(new AuditChangeLine("ฉบับที่", null, "2"), line.Changes);
    }

    [Fact]
    public void A_plan_is_known_by_its_fiscal_year()
    {
        var line = AuditDescriber.Describe(Entry("MeasurePlan", AuditActions.Update, """{"Title":["ก","ข"]}""", entityId: "2"), Names());

        Assert.Equal("สมศรี ใจดี แก้ไขแผนมาตรการ ปีงบประมาณ 2567", line.Sentence);
    }

    [Fact]
    public void Role_changes_name_the_person_and_the_roles_in_thai()
    {
        var entry = Entry("StaffUser", AuditActions.PermissionChange, """{"roles":[["DepartmentStaff"],["DepartmentStaff","ComplaintOfficer"]]}""", entityId: "user-somchai");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี เปลี่ยนบทบาทของ สมชาย รักงาน", line.Sentence);
        Assert.Equal(new AuditChangeLine("บทบาท", "เจ้าหน้าที่ส่วนราชการ", "เจ้าหน้าที่ส่วนราชการ, เจ้าหน้าที่รับเรื่องร้องเรียน"), Assert.Single(line.Changes));
    }

    [Theory]
    [InlineData("StaffRoleAssignment", AuditActions.Create, """{"UserId":[null,"user-somchai"],"Role":[null,"Executive"]}""", "สมศรี ใจดี ให้บทบาท 'ผู้บริหาร' แก่ สมชาย รักงาน")]
    [InlineData("StaffRoleAssignment", AuditActions.Delete, """{"UserId":["user-somchai",null],"Role":["OrgAdmin",null]}""", "สมศรี ใจดี ถอนบทบาท 'ผู้ดูแลระบบของหน่วยงาน' ของ สมชาย รักงาน")]
    [InlineData("StaffDepartment", AuditActions.Create, """{"UserId":[null,"user-somchai"],"DepartmentId":[null,3]}""", "สมศรี ใจดี ให้ สมชาย รักงาน สังกัด 'กองคลัง'")]
    [InlineData("MeasureDepartment", AuditActions.Create, """{"MeasureId":[null,12],"DepartmentId":[null,4]}""", "สมศรี ใจดี ให้ 'กองช่าง' รับผิดชอบมาตรการ 'จัดทำคู่มือการปฏิบัติงาน'")]
    [InlineData("Department", AuditActions.Update, """{"Name":["กองคลัง","กองคลังใหม่"]}""", "สมศรี ใจดี แก้ไขส่วนราชการ 'กองคลังใหม่'")]
    public void Each_kind_has_its_own_sentence(string entity, string action, string changes, string expected)
    {
        Assert.Equal(expected, AuditDescriber.Describe(Entry(entity, action, changes, entityId: "1"), Names()).Sentence);
    }

    [Fact]
    public void Sign_ins_read_as_the_person_signing_in()
    {
        var names = Names();

        Assert.Equal("สมศรี ใจดี เข้าสู่ระบบ", AuditDescriber.Describe(Entry("StaffUser", AuditActions.SignIn, null, entityId: Somsri), names).Sentence);
        Assert.Equal("สมศรี ใจดี เข้าสู่ระบบไม่สำเร็จ",
            AuditDescriber.Describe(Entry("StaffUser", AuditActions.SignInFailed, """{"lockedOut":true}""", entityId: Somsri), names).Sentence);
    }

    [Fact]
    public void An_unknown_kind_and_action_still_read_as_thai_without_internal_names()
    {
        var entry = Entry("IdentityUserToken`1", "rotate-key", """{"LoginProvider":["a","b"]}""", entityId: "x");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี ดำเนินการกับข้อมูลอื่นของระบบ", line.Sentence);
        Assert.DoesNotContain("Identity", line.Sentence, StringComparison.Ordinal);
        Assert.Empty(line.Changes);
    }

    [Theory]
    [InlineData(null, "command-line", "ผู้ดูแลเซิร์ฟเวอร์ (คำสั่งระบบ)")]
    [InlineData(null, "anonymous", "ระบบ (ไม่มีเจ้าหน้าที่เข้าสู่ระบบ)")]
    [InlineData("gone-user", "gone@bangkha.go.th", "ผู้ใช้ที่ไม่มีบัญชีในหน่วยงานแล้ว")]
    [InlineData(Somsri, "somsri@bangkha.go.th", "สมศรี ใจดี")]
    public void People_are_named_never_shown_by_email(string? userId, string userName, string expected)
    {
        var entry = Entry("Department", AuditActions.Update, null, userId: userId);
        entry.UserName = userName;

        Assert.Equal(expected, AuditDescriber.PersonOf(entry, Names()));
    }

    [Fact]
    public void Unreadable_changes_do_not_break_the_trail()
    {
        var line = AuditDescriber.Describe(Entry("Measure", AuditActions.Update, "{not json"), Names());

        Assert.Equal("สมศรี ใจดี แก้ไขมาตรการ 'จัดทำคู่มือการปฏิบัติงาน'", line.Sentence);
        Assert.Empty(line.Changes);
    }

    [Fact]
    public void Long_thai_names_are_never_cut_between_a_consonant_and_its_vowel()
    {
        var name = new string('ก', 59) + "ี่ยาวมาก";

        var quoted = AuditKind.Quoted(name);

        // The 59th consonant carries two marks; cutting at 60 would strand them, so the cut moves before it.
        Assert.Equal(" '" + new string('ก', 58) + "…'", quoted);
        Assert.DoesNotContain("กี…", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ita_item_status_change_names_the_item_in_thai_with_the_words_of_the_checklist()
    {
        var entry = Entry("ItaChecklistItem", AuditActions.Update, """{"Status":["Missing","InProgress"]}""", entityId: "31");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี แก้ไขข้อในแบบตรวจ ITA", line.Sentence);
        Assert.Equal([new AuditChangeLine("สถานะ", "ยังไม่มี", "กำลังดำเนินการ")], line.Changes);
        Assert.DoesNotContain("ข้อมูลอื่นของระบบ", line.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AboutPage", "หน้าข้อมูลหน่วยงาน")]
    [InlineData("FeaturePage", "หน้าในเว็บไซต์")]
    [InlineData("Document", "เอกสารเผยแพร่")]
    public void Ita_evidence_kinds_read_as_the_item_page_says_them(string kind, string thai)
    {
        var entry = Entry("ItaEvidence", AuditActions.Create, $$"""{"Kind":[null,"{{kind}}"],"Title":[null,"โครงสร้างหน่วยงาน"]}""", entityId: "new");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal("สมศรี ใจดี เพิ่มหลักฐาน ITA 'โครงสร้างหน่วยงาน'", line.Sentence);
        Assert.Contains(new AuditChangeLine("ชนิด", null, thai), line.Changes);
    }

    [Fact]
    public void Approval_of_an_ita_item_reads_in_thai()
    {
        var line = AuditDescriber.Describe(Entry("ItaChecklistItem", AuditActions.Update, """{"Status":["Ready","Approved"]}"""), Names());

        Assert.Equal([new AuditChangeLine("สถานะ", "พร้อม", "อนุมัติแล้ว")], line.Changes);
    }

    [Fact]
    public void A_status_value_the_product_no_longer_has_never_shows_its_code_name()
    {
        // "Archived" was never a circular's status (or was removed since it was recorded): it must not appear as itself.
        var entry = Entry("Circular", AuditActions.Update, """{"Status":["Issued","Archived"]}""");

        var line = AuditDescriber.Describe(entry, Names());

        Assert.Equal([new AuditChangeLine("สถานะ", "ออกหนังสือเวียนแล้ว", AuditEnums.Unnamed)], line.Changes);
    }

    [Fact]
    public void A_status_or_kind_of_a_removed_item_type_never_shows_a_code_name()
    {
        var line = AuditDescriber.Describe(Entry("SomethingRemoved", AuditActions.Update, """{"Status":["Missing","InProgress"],"Kind":[null,"AboutPage"]}"""), Names());

        Assert.All(line.Changes, c => Assert.DoesNotMatch("[A-Za-z]{4,}", (c.Before ?? "") + (c.After ?? "")));
    }

    [Theory]
    [InlineData("restore", """{"Title":[null,"จัดทำคู่มือการปฏิบัติงาน"]}""", "สมศรี ใจดี กู้คืนมาตรการ 'จัดทำคู่มือการปฏิบัติงาน'",
        "สมศรี ใจดี restored the measure 'จัดทำคู่มือการปฏิบัติงาน'")]
    [InlineData(AuditActions.Delete, """{"Title":["จัดทำคู่มือการปฏิบัติงาน",null]}""", "สมศรี ใจดี ลบมาตรการ 'จัดทำคู่มือการปฏิบัติงาน'",
        "สมศรี ใจดี deleted the measure 'จัดทำคู่มือการปฏิบัติงาน'")]
    public void Actions_on_an_item_read_in_thai_and_in_english(string action, string changes, string thai, string english)
    {
        var entry = Entry("Measure", action, changes);

        Assert.Equal(thai, AuditDescriber.Describe(entry, Names()).Sentence);
        Assert.Equal(english, AuditDescriber.Describe(entry, Names(), AuditLanguage.English).Sentence);
    }

    [Fact]
    public void A_step_names_its_measure_in_english_and_its_changes_read_in_english()
    {
        var entry = Entry("MeasureStep", AuditActions.Update, """{"IsDone":[false,true],"DoneOn":[null,"11/24/2024"],"MeasureId":[12,12]}""", entityId: "40");

        var line = AuditDescriber.Describe(entry, Names(), AuditLanguage.English);

        Assert.Equal("สมศรี ใจดี edited the step 'ประชุมชี้แจง' in the measure 'จัดทำคู่มือการปฏิบัติงาน'", line.Sentence);
        Assert.Equal("step", line.KindNoun);
        Assert.Equal(new AuditChangeLine("Done", "no", "yes"), line.Changes[0]);
        Assert.Equal(new AuditChangeLine("Done on", "(empty)", "24 November 2024"), line.Changes[1]);
    }

    [Fact]
    public void A_request_filed_on_the_website_is_the_publics_and_a_withheld_subject_is_never_its_name()
    {
        var entry = Entry("TrackedRequest", AuditActions.Create,
            $$"""{"Subject":[null,"{{AuditInterceptor.Withheld}}"],"Status":[null,"Received"],"RequesterName":[null,"{{AuditInterceptor.Protected}}"]}""",
            userId: null, userName: "anonymous");

        var thai = AuditDescriber.Describe(entry, Names());
        var english = AuditDescriber.Describe(entry, Names(), AuditLanguage.English);

        Assert.Equal("ประชาชนทางเว็บไซต์ ยื่นเรื่อง", thai.Sentence);
        Assert.Equal("Someone on the website filed the request", english.Sentence);
        Assert.Contains(new AuditChangeLine("เรื่อง", null, AuditInterceptor.Withheld), thai.Changes);
        Assert.Contains(new AuditChangeLine("Subject", null, "(confidential: not recorded)"), english.Changes);
        Assert.Contains(new AuditChangeLine("Requester's name", null, "(protected: not recorded)"), english.Changes);
        Assert.Contains(new AuditChangeLine("Status", null, "Received"), english.Changes);
    }

    [Fact]
    public void Starting_jobs_and_seeding_are_the_systems_on_kinds_the_public_never_writes()
    {
        var entry = Entry("Measure", AuditActions.Create, """{"Title":[null,"ก"]}""", userId: null, userName: "anonymous");

        Assert.StartsWith("ระบบ (ไม่มีเจ้าหน้าที่เข้าสู่ระบบ) เพิ่มมาตรการ", AuditDescriber.Describe(entry, Names()).Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_requesters_identity_is_said_plainly()
    {
        var names = Names();
        names.AddItem("TrackedRequest", "12", "ไฟถนนหมู่ 4 ดับ");
        var entry = Entry("TrackedRequest", AuditWords.ViewIdentity, null);

        Assert.Equal("สมศรี ใจดี เปิดดูชื่อและช่องทางติดต่อของผู้ยื่นเรื่อง 'ไฟถนนหมู่ 4 ดับ'", AuditDescriber.Describe(entry, names).Sentence);
        Assert.Equal("สมศรี ใจดี viewed the name and contact of the requester of the request 'ไฟถนนหมู่ 4 ดับ'",
            AuditDescriber.Describe(entry, names, AuditLanguage.English).Sentence);
    }

    [Theory]
    [InlineData(AuditActions.AccountClose, "สมศรี ใจดี ปิดบัญชีของ สมชาย รักงาน", "สมศรี ใจดี closed the account of สมชาย รักงาน")]
    [InlineData(AuditActions.AccountReopen, "สมศรี ใจดี เปิดใช้บัญชีอีกครั้งให้ สมชาย รักงาน", "สมศรี ใจดี reopened the account of สมชาย รักงาน")]
    public void Closing_and_reopening_an_account_name_whose_account(string action, string thai, string english)
    {
        var entry = Entry("StaffUser", action, """{"roles":["DepartmentStaff"]}""", entityId: "user-somchai");

        Assert.Equal(thai, AuditDescriber.Describe(entry, Names()).Sentence);
        Assert.Equal(english, AuditDescriber.Describe(entry, Names(), AuditLanguage.English).Sentence);
        Assert.Equal(new AuditChangeLine("Roles", null, "Department staff"), AuditDescriber.Describe(entry, Names(), AuditLanguage.English).Changes.Single());
    }

    [Fact]
    public void A_password_changed_by_its_owner_reads_as_such()
    {
        var entry = Entry("StaffUser", AuditActions.PasswordChange, null, entityId: Somsri);

        Assert.Equal("สมศรี ใจดี เปลี่ยนรหัสผ่านของตนเอง", AuditDescriber.Describe(entry, Names()).Sentence);
        Assert.Equal("สมศรี ใจดี changed their own password", AuditDescriber.Describe(entry, Names(), AuditLanguage.English).Sentence);
    }

    [Fact]
    public void Acknowledging_a_circular_names_the_circular()
    {
        var names = Names();
        names.AddItem("CircularRecipient", "12", "แนวทางการไม่รับของขวัญ");
        var entry = Entry("CircularRecipient", AuditActions.Update, """{"AcknowledgedAt":[null,"2024-11-24T07:30:00Z"]}""", userId: "user-somchai");

        var line = AuditDescriber.Describe(entry, names);

        Assert.Equal("สมชาย รักงาน รับทราบหนังสือเวียน 'แนวทางการไม่รับของขวัญ'", line.Sentence);
        Assert.Equal(new AuditChangeLine("รับทราบเมื่อ", "(ว่าง)", "24 พฤศจิกายน 2567 14:30 น."), line.Changes.Single());
        Assert.Equal("สมชาย รักงาน acknowledged the circular 'แนวทางการไม่รับของขวัญ'", AuditDescriber.Describe(entry, names, AuditLanguage.English).Sentence);
    }

    [Fact]
    public void A_gift_decision_reads_with_the_words_of_the_gift_pages()
    {
        var entry = Entry("GiftReport", AuditActions.Update, """{"Status":["Reported","Decided"],"Decision":[null,"ReturnToGiver"],"Value":[null,3500]}""");
        var names = Names();
        names.AddItem("GiftReport", "12", "กระเช้าผลไม้");

        var thai = AuditDescriber.Describe(entry, names);
        var english = AuditDescriber.Describe(entry, names, AuditLanguage.English);

        Assert.Equal("สมศรี ใจดี แก้ไขรายงานการรับของขวัญ 'กระเช้าผลไม้'", thai.Sentence);
        Assert.Contains(new AuditChangeLine("ผลการพิจารณา", "(ว่าง)", "ให้ส่งคืนผู้ให้"), thai.Changes);
        Assert.Equal("สมศรี ใจดี edited the gift report 'กระเช้าผลไม้'", english.Sentence);
        Assert.Contains(new AuditChangeLine("Decision", "(empty)", "Return it to the giver"), english.Changes);
        Assert.Contains(new AuditChangeLine("Status", "Waiting", "Decided"), english.Changes);
        Assert.Contains(new AuditChangeLine("Value (baht)", "(empty)", "3,500.00"), english.Changes);
        Assert.Contains(new AuditChangeLine("มูลค่า (บาท)", "(ว่าง)", "3,500.00"), thai.Changes);
    }

    [Fact]
    public void A_plan_of_a_year_is_named_by_its_year_in_both_languages()
    {
        var entry = Entry("BudgetPlan", AuditActions.Create, """{"FiscalYear":[null,2568],"PlanningPeriod":[null,"Quarter"]}""");

        Assert.Equal("สมศรี ใจดี เพิ่มแผนการใช้จ่ายงบประมาณ ปีงบประมาณ 2568", AuditDescriber.Describe(entry, Names()).Sentence);
        var english = AuditDescriber.Describe(entry, Names(), AuditLanguage.English);
        Assert.Equal("สมศรี ใจดี added the budget spending plan for FY 2568", english.Sentence);
        Assert.Contains(new AuditChangeLine("Planning period", null, "Quarterly"), english.Changes);
    }

    [Fact]
    public void Months_read_as_months_and_a_fiscal_month_counts_from_october()
    {
        var line = Entry("BudgetLineMonth", AuditActions.Update, """{"FiscalMonth":[1,12],"Planned":[25000.5,1250000]}""");
        var record = Entry("ProcurementRecord", AuditActions.Update, """{"Month":["2025-10-01","2025-11-01"]}""");

        Assert.Equal([new("เดือน", "ตุลาคม", "กันยายน"), new("แผนการใช้จ่าย (บาท)", "25,000.50", "1,250,000.00")],
            AuditDescriber.Describe(line, Names()).Changes);
        Assert.Equal(new AuditChangeLine("Month", "October", "September"), AuditDescriber.Describe(line, Names(), AuditLanguage.English).Changes[0]);
        Assert.Equal(new AuditChangeLine("เดือน", "ตุลาคม 2568", "พฤศจิกายน 2568"), AuditDescriber.Describe(record, Names()).Changes.Single());
        Assert.Equal(new AuditChangeLine("Month", "October 2025", "November 2025"), AuditDescriber.Describe(record, Names(), AuditLanguage.English).Changes.Single());
    }

    [Fact]
    public void A_notification_names_its_member_and_its_sentence_in_the_language_read()
    {
        var sent = Entry("StaffNotification", AuditActions.Create,
            """{"UserId":[null,"user-somchai"],"Text":[null,"หนังสือเวียนใหม่"],"TextEnglish":[null,"A new circular"]}""");
        var read = Entry("StaffNotification", AuditActions.Update, """{"ReadAt":[null,"2024-11-24T07:30:00Z"]}""", userId: "user-somchai");
        var names = Names();
        names.AddItem("StaffNotification", "12", "หนังสือเวียนใหม่");

        Assert.Equal("สมศรี ใจดี แจ้งเตือน สมชาย รักงาน 'หนังสือเวียนใหม่'", AuditDescriber.Describe(sent, names).Sentence);
        Assert.Equal("สมศรี ใจดี notified สมชาย รักงาน 'A new circular'", AuditDescriber.Describe(sent, names, AuditLanguage.English).Sentence);
        Assert.Equal("สมชาย รักงาน อ่านการแจ้งเตือน 'หนังสือเวียนใหม่'", AuditDescriber.Describe(read, names).Sentence);
    }
}
