namespace Prongsai.Web.Api;

/// <summary>Maps every feature's <see cref="IApiEndpoints"/> found in this assembly, in name order.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapProngsaiApis(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1");
        foreach (var feature in Discover())
        {
            feature.Map(endpoints, v1);
        }

        return endpoints;
    }

    public static IReadOnlyList<IApiEndpoints> Discover() =>
        typeof(ApiEndpoints).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiEndpoints).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (IApiEndpoints)Activator.CreateInstance(t)!)
            .ToList();
}
