using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Core.Common;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// What a back-office form needs when it comes back refused: the status to answer with, a use case's errors beside the
/// fields the page has not already refused, the first error of a field, what was typed, and the page number of a list.
/// </summary>
public static class FormState
{
    /// <summary>A page number from the query string ("page" is a route value of Razor Pages): a wrong one shows the first page.</summary>
    public static int PageNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? Math.Min(page, MaxPage) : 1;

    /// <summary>Far past any real register, and small enough that skipping that many rows cannot overflow.</summary>
    private const int MaxPage = 1_000_000;

    /// <summary>The status a refused form answers with: 409 when the state stood in the way, else 422 (the form is shown again).</summary>
    public static int RefusedStatus(IEnumerable<Error> errors) =>
        errors.Any(e => e is ConflictError) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;

    /// <summary>
    /// Puts a use case's errors on the form, except those on a field the page has already refused (a mistyped date is
    /// passed on as no date; its own message says more than "please fill in the date").
    /// </summary>
    public static void AddErrors(ModelStateDictionary state, IEnumerable<Error> errors, string? prefix = null)
    {
        var fresh = errors.Where(e => e.Field is null || !(state.TryGetValue(Key(e.Field, prefix), out var entry) && entry.Errors.Count > 0)).ToList();
        UseCaseErrors.AddToModelState(state, fresh, prefix);
    }

    /// <summary>
    /// A use case's errors with the field it calls <paramref name="field"/> under the name the form posts it with
    /// (<paramref name="posted"/>), so the message stands beside that field: an import's "file" is the page's "Upload".
    /// </summary>
    public static IReadOnlyList<Error> Posted(IEnumerable<Error> errors, string field, string posted) =>
        errors.Select(e => e switch
        {
            ValidationError v when v.Field == field => v with { FieldName = posted },
            ConflictError c when c.Field == field => c with { FieldName = posted },
            _ => e,
        }).ToList();

    /// <summary>The first error of a form field, or null.</summary>
    public static string? ErrorFor(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>What was typed into a field, when the form comes back refused (a number that was not one).</summary>
    public static string? Typed(ModelStateDictionary state, string key, string? value) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && entry.AttemptedValue is { } typed ? typed : value;

    private static string Key(string field, string? prefix) => prefix is null ? field : $"{prefix}.{field}";
}
