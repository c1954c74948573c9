using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Prongsai.Web.Api;

/// <summary>
/// Declares every route parameter of an operation's path that its handler does not bind itself — above all
/// {org} of the /api/v1/orgs/{org} groups, which the tenancy middleware reads rather than the handlers.
/// Without it the document is invalid ("path parameter 'org' not resolved") and client generators refuse it.
/// </summary>
public sealed partial class OpenApiPathParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (Match match in RouteParameter().Matches(context.Description.RelativePath ?? ""))
        {
            var name = match.Groups["name"].Value;
            operation.Parameters ??= [];
            if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && p.Name == name))
            {
                continue;
            }

            operation.Parameters.Insert(0, new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = name == "org" ? "ชื่อย่อ URL ของหน่วยงาน / the organization's URL name (slug), e.g. bangkha" : null,
                Schema = new OpenApiSchema
                {
                    Type = match.Groups["constraint"].Value.StartsWith("int", StringComparison.Ordinal) ? JsonSchemaType.Integer : JsonSchemaType.String,
                },
            });
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex("\\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?<constraint>[^}?]+))?\\??\\}")]
    private static partial Regex RouteParameter();
}
