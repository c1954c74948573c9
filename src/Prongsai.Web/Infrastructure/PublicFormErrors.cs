using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>
    /// True when the honeypot (a field people never see) came filled: the post is a robot's, so it answers 400 with
    /// <paramref name="message"/> at the top, in case a person's browser filled it in.
    /// </summary>
    public bool CatchesRobot(string? honeypot, HttpResponse response, string message)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (string.IsNullOrEmpty(honeypot))
        {
            return false;
        }

        Add(Form, message);
        response.StatusCode = StatusCodes.Status400BadRequest;
        return true;
    }

    /// <summary>
    /// A use case's refusal on the form: each message beside its field and the status it calls for (409 for a conflict,
    /// else 422). False when the refusal is "not found", which the page answers with 404 instead.
    /// </summary>
    public bool Refuse(IReadOnlyList<Error> errors, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (UseCaseErrors.StatusOf(errors) == StatusCodes.Status404NotFound)
        {
            return false;
        }

        AddAll(errors);
        response.StatusCode = FormState.RefusedStatus(errors);
        return true;
    }

    /// <summary>
    /// The fields' messages on the page's model state under the names the form posts them with
    /// (<paramref name="prefix"/>.Field), where <c>&lt;field-error&gt;</c> writes each beside its field. What the model
    /// binder noted is dropped first: these forms write their inputs by hand and the use case words every refusal.
    /// </summary>
    public void ShowBesideFields(ModelStateDictionary state, string prefix)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Clear();
        foreach (var (field, message) in byField.Where(e => e.Key != Form))
        {
            state.AddModelError($"{prefix}.{field}", message);
        }
    }
}
