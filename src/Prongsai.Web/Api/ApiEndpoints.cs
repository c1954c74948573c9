namespace Prongsai.Web.Api;

/// <summary>All JSON APIs under /api/v1, one static class per feature.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapProngsaiApis(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1");
        v1.MapOrganizationsApi();
        v1.MapMeasuresApi();
        endpoints.MapMeasuresDownloads();
        v1.MapPortalApi();
        return endpoints;
    }
}
