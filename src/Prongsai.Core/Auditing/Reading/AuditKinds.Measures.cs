using Prongsai.Core.Measures;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    private static IEnumerable<AuditKind> Measures =>
    [
        new FiscalYearKind("MeasurePlan", "แผนมาตรการ", "measures plan") { Lookup = Years<MeasurePlan>() },
        new("Measure", "มาตรการ", "measure") { Lookup = Names<Measure>(m => new AuditItemName(m.Id, m.Title)) },
        new("MeasureStep", "ขั้นตอน", "step")
        {
            Parent = new("MeasureId", "Measure", "ในมาตรการ", "in the measure"),
            Lookup = Names<MeasureStep>(s => new AuditItemName(s.Id, s.Text)),
        },
        new("MeasureResult", "ผลการดำเนินการ", "result") { Parent = new("MeasureId", "Measure", "ของมาตรการ", "of the measure") },
        new ProgressEntryKind
        {
            Parent = new("StepId", "MeasureStep", "ของขั้นตอน", "of the step"),
            Lookup = Names<ProgressEntry>(p => new AuditItemName(p.Id, p.Text)),
        },
        new("Evidence", "หลักฐาน", "evidence") { NameFields = ["Title", "FileName", "Url"] },
        new MeasureDepartmentKind(),
        new ReportVersionKind(),
    ];

    /// <summary>
    /// A correction is a new entry that replaces an earlier one: its creation reads as the author correcting their
    /// entry, and the replaced entry's update as what happened to the words first written.
    /// </summary>
    private sealed class ProgressEntryKind() : AuditKind("ProgressEntry", "บันทึกความก้าวหน้า", "progress note")
    {
        public override string Sentence(AuditStory story)
        {
            var corrects = story.Entry.Action == AuditActions.Create && !string.IsNullOrEmpty(story.Field("CorrectionOfId"));
            if (corrects)
            {
                var step = story.Named("MeasureStep", "StepId");
                return story.Say(
                    $"{story.Person} แก้ไขบันทึกความก้าวหน้า{Quoted(story.ItemName)}{(step.Length == 0 ? "" : " ของขั้นตอน" + step)} (ฉบับแก้ไข แทนบันทึกเดิม)",
                    $"{story.Person} corrected the progress note{Quoted(story.ItemName)}{(step.Length == 0 ? "" : " of the step" + step)} (a correction replacing the first note)");
            }

            var replaced = story.Entry.Action == AuditActions.Update && !string.IsNullOrEmpty(story.Field("SupersededAt"));
            return replaced
                ? story.Say($"{story.Person} แก้ไขบันทึกความก้าวหน้า{Quoted(story.ItemName)}: บันทึกเดิมนี้ถูกแทนที่ด้วยฉบับแก้ไข (ยังเก็บไว้ในประวัติ)",
                    $"{story.Person} corrected the progress note{Quoted(story.ItemName)}: this first note was replaced by the correction (and is kept in the history)")
                : base.Sentence(story);
        }
    }

    private sealed class ReportVersionKind() : AuditKind("MeasureReportVersion", "รายงานมาตรการ", "measures report")
    {
        public override string Sentence(AuditStory story)
        {
            var fiscalYear = story.Field("FiscalYear");
            var version = story.Field("Version");
            if (story.English)
            {
                var report = $"the {NounEnglish}{(fiscalYear is null ? "" : " for FY " + fiscalYear)}{(version is null ? "" : ", version " + version)}";
                return story.Entry.Action == AuditActions.Publish ? $"{story.Person} approved and published {report}" : $"{story.Person} {story.Verb} {report}";
            }

            var what = fiscalYear is null ? Noun : $"{Noun} ปีงบประมาณ {fiscalYear}";
            what += version is null ? "" : $" ฉบับที่ {version}";
            return story.Entry.Action == AuditActions.Publish
                ? $"{story.Person} อนุมัติและเผยแพร่{what}"
                : $"{story.Person} {story.Verb}{what}";
        }
    }

    private sealed class MeasureDepartmentKind() : AuditKind("MeasureDepartment", "ส่วนราชการผู้รับผิดชอบ", "responsible department")
    {
        public override string Sentence(AuditStory story)
        {
            var named = story.Named("Department", "DepartmentId");
            var measure = story.Named("Measure", "MeasureId");
            if (story.English)
            {
                var department = named.Length > 0 ? named : " a department";
                return story.Entry.Action switch
                {
                    AuditActions.Create => $"{story.Person} made{department} responsible for the measure{measure}",
                    AuditActions.Delete => $"{story.Person} took{department} off the measure{measure}",
                    _ => $"{story.Person} changed who is responsible for the measure{measure}",
                };
            }

            var thai = named.Length > 0 ? named : " ส่วนราชการ";
            return story.Entry.Action switch
            {
                AuditActions.Create => $"{story.Person} ให้{thai} รับผิดชอบมาตรการ{measure}",
                AuditActions.Delete => $"{story.Person} นำ{thai} ออกจากผู้รับผิดชอบมาตรการ{measure}",
                _ => $"{story.Person} แก้ไขผู้รับผิดชอบมาตรการ{measure}",
            };
        }
    }
}
