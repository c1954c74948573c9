namespace Prongsai.Core.Common;

/// <summary>The checks of a typed text field, with the Thai the forms show beside it.</summary>
public static class TextFields
{
    /// <summary>A text that must be there and not longer than <paramref name="limit"/> (trimmed).</summary>
    public static void Required(List<Error> errors, string? text, int limit, string field, string missing, string name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Error.Invalid(missing, field));
        }
        else
        {
            Optional(errors, text, limit, field, name);
        }
    }

    /// <summary>A text that may be left empty but not be longer than <paramref name="limit"/> (trimmed).</summary>
    public static void Optional(List<Error> errors, string? text, int limit, string field, string name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is not null && text.Trim().Length > limit)
        {
            errors.Add(Error.Invalid($"{name}ยาวได้ไม่เกิน {limit:N0} ตัวอักษร", field));
        }
    }
}
