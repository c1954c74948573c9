using Prongsai.Core.Common;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The errors of a public form (the request forms, the opinion form), by field, as the views show them beside their
/// fields; an error without a field goes to "Form", shown at the top. Two messages for one field are joined.
/// </summary>
public sealed class PublicFormErrors
{
    public const string Form = "Form";

    private readonly Dictionary<string, string> byField = new(StringComparer.Ordinal);

    public int Count => byField.Count;

    public string? Of(string field) => byField.GetValueOrDefault(field);

    public void Add(string field, string message) =>
        byField[field] = byField.TryGetValue(field, out var before) ? before + " " + message : message;

    public void AddAll(IEnumerable<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            Add(error.Field ?? Form, error.Message);
        }
    }
}
