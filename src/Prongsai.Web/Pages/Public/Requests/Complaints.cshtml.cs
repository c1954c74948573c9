using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>/{org}/complaints: the handling rules, the channels, the complaint form and this year's statistics.</summary>
[PublicPost("request")]
public sealed class ComplaintsModel(PortalData portal, ComplaintRules rules, RequestStatistics statistics, TimeProvider clock) : PublicRequestPage(portal)
{
    public static readonly RequestKind[] ComplaintKinds = [RequestKind.Grievance, RequestKind.Corruption];

    public string RulesTitle { get; private set; } = "";
    public string RulesHtml { get; private set; } = "";
    public DateTimeOffset? RulesUpdatedAt { get; private set; }
    public RequestStatisticsView? Statistics { get; private set; }

    /// <summary>The form; <c>?kind=corruption</c> (the corruption poster's address) chooses that kind beforehand.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? kind)
    {
        if (!await LoadOrganizationAsync())
        {
            return NotFound();
        }

        Form.Kind = kind == "corruption" ? kind : null;

        await LoadPageAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(List<IFormFile>? files)
    {
        var kind = Form.Kind == "corruption" ? RequestKind.Corruption : RequestKind.Grievance;
        return FileAsync(kind, files);
    }

    protected override async Task LoadPageAsync()
    {
        (RulesTitle, RulesHtml, _, RulesUpdatedAt) = await rules.GetAsync(HttpContext.RequestAborted);
        var year = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        Statistics = await statistics.ForYearAsync(Organization.Id, year, ComplaintKinds, HttpContext.RequestAborted);
    }
}
