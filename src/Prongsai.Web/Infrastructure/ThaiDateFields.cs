using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Core.Calendar;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Turns the text of a Thai date (or fiscal year) field into a value for a page model: the page binds the field as a string
/// (so a mistyped date comes back to the person exactly as typed) and asks here for the value; a refusal
/// becomes a Thai form error on that field, saying the expected form.
/// </summary>
public static class ThaiDateFields
{
    public static DateOnly? ReadDate(ModelStateDictionary modelState, string key, string? text, bool required = true) =>
        Keep(modelState, key, ThaiDateInput.Parse(text, required));

    /// <summary>A Bangkok date and 24-hour time, as an instant.</summary>
    public static DateTimeOffset? ReadDateTime(ModelStateDictionary modelState, string key, string? text, bool required = true) =>
        Keep(modelState, key, ThaiDateInput.ParseDateTime(text, required));

    /// <summary>A fiscal year in พ.ศ. (Thai digits and the last two digits read too; a year in ค.ศ. is refused, naming the พ.ศ.).</summary>
    public static int? ReadFiscalYear(ModelStateDictionary modelState, string key, string? text, bool required = true) =>
        Keep(modelState, key, FiscalYearInput.Parse(text, required));

    private static T? Keep<T>(ModelStateDictionary modelState, string key, ThaiDateResult<T> result) where T : struct
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (result.Error is { } error)
        {
            modelState.AddModelError(key, error);
        }

        return result.Value;
    }
}

/// <summary>What the shared date field partial (<c>_ThaiDateField</c>) shows.</summary>
/// <param name="Name">The form field name; also the model-state key whose errors are shown under the field.</param>
/// <param name="Value">The text to show: what was typed, or a stored value formatted with <see cref="ThaiDateInput.Format(DateOnly)"/>.</param>
public sealed record ThaiDateField(string Id, string Name, string Label, string? Value, bool Required = true, bool WithTime = false);
