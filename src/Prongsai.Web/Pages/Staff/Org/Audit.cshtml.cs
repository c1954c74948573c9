using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Auditing;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>Read and export the audit trail, in sentences in the page's language (the export in Thai). There is deliberately no way to edit it.</summary>
[RequirePermission(OrganizationPermissions.ViewAuditTrail)]
public sealed class AuditModel(ReadAuditTrail trail) : StaffPageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? Did { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditLine> Entries { get; private set; } = [];
    public IReadOnlyList<(string UserId, string Name)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        People = await trail.PeopleAsync(Org.Id, HttpContext.RequestAborted);
        if (ReadFilter() is not { } filter)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Entries = await trail.ReadAsync(Org.Id, filter, PageSize, Language, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (ReadFilter() is not { } filter)
        {
            // A fixed sentence: the field messages quote what was typed, which must not come back unencoded.
            return BadRequest(Lang.T("ตัวกรองไม่ถูกต้อง: วันที่ต้องกรอกแบบ วว/ดด/ปปปป (พ.ศ.) เช่น 24/11/2569 และการกระทำกับชนิดข้อมูลต้องเลือกจากรายการ",
                "The filter cannot be read: dates are typed as dd/mm/yyyy in the Buddhist era (24/11/2569, say), and the action and the kind of record are chosen from their lists."));
        }

        // The raw columns stay as they were (for tools that read them); the readable ones are added at the end, and the
        // account id last: it names the member for good, when a display name may be shared or changed.
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.Write("\uFEFFid,at_utc,user,action,entity,entity_id,changes,person,description,user_id\r\n");
        using (var csv = CsvFiles.CreateWriter(text))
        {
            await foreach (var line in trail.ReadAllAsync(Org.Id, filter, HttpContext.RequestAborted))
            {
                var a = line.Entry;
                string?[] fields =
                [
                    a.Id.ToString(CultureInfo.InvariantCulture), a.At.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                    a.UserName, a.Action, a.Entity, a.EntityId, a.Changes, line.Person, line.Sentence, a.UserId,
                ];
                foreach (var field in fields)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"audit-{Org.Slug}.csv");
    }

    /// <summary>The language the trail is read in on this page.</summary>
    public static AuditLanguage Language => Lang.IsEnglish ? AuditLanguage.English : AuditLanguage.Thai;

    /// <summary>The query string of the current filters, for the export and "older entries" links.</summary>
    public string FilterQuery(long? before = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("person", Person), new("from", From), new("to", To), new("action", Did), new("entity", Entity),
            new("before", before?.ToString(CultureInfo.InvariantCulture)),
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
    }

    private AuditFilter? ReadFilter()
    {
        var from = ThaiDateFields.ReadDate(ModelState, "from", From, required: false);
        var to = ThaiDateFields.ReadDate(ModelState, "to", To, required: false);
        if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError("to", Lang.T("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น (กรอกแบบ วว/ดด/ปปปป เป็น พ.ศ.)",
                "The end date may not be before the start date (typed as dd/mm/yyyy in the Buddhist era)."));
        }

        if (!string.IsNullOrEmpty(Did) && AuditWords.Actions.All(a => a.Action != Did))
        {
            ModelState.AddModelError("action", Lang.T("ไม่รู้จักการกระทำที่เลือก กรุณาเลือกจากรายการ", "Unknown action: please choose one from the list."));
        }

        if (!string.IsNullOrEmpty(Entity) && !AuditKinds.IsKnown(Entity))
        {
            ModelState.AddModelError("entity", Lang.T("ไม่รู้จักชนิดข้อมูลที่เลือก กรุณาเลือกจากรายการ", "Unknown kind of record: please choose one from the list."));
        }

        return ModelState.IsValid ? new AuditFilter(Person, from, to, Did, Entity, Before) : null;
    }
}
