namespace Prongsai.Web.Api;

/// <summary>
/// A feature's endpoints: a class in Prongsai.Web implementing this is found and mapped at start-up
/// (ApiEndpoints), so adding a feature's API edits no shared file. JSON APIs go under <c>v1</c> (/api/v1);
/// file downloads and other public addresses under <c>endpoints</c>.
/// </summary>
public interface IApiEndpoints
{
    void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1);
}
