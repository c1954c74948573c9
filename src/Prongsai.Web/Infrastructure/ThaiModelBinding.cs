using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Text;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The messages model binding gives when a sent value cannot be read (a number that is not one, a choice that is not on
/// the list, a value missing), in the page's language and short: they stand beside the field, so they need not say
/// much. Typed fields read their own text (dates, amounts, years) and say more; these cover what is left, mostly a
/// select or a hidden value sent altered.
/// </summary>
public static class ThaiModelBinding
{
    /// <summary>How much of what was sent is quoted back.</summary>
    private const int Quoted = 41;

    public static void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => Named(field) is { } name
            ? Lang.T($"{name}: \"{Typed(value)}\" ใช้ไม่ได้", $"{name}: \"{Typed(value)}\" cannot be used")
            : Lang.T($"\"{Typed(value)}\" ใช้ในช่องนี้ไม่ได้", $"\"{Typed(value)}\" cannot be used here"));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value =>
            Lang.T($"\"{Typed(value)}\" ใช้ไม่ได้", $"\"{Typed(value)}\" cannot be used"));
        messages.SetValueIsInvalidAccessor(value => Lang.T($"\"{Typed(value)}\" ใช้ไม่ได้", $"\"{Typed(value)}\" cannot be used"));
        messages.SetValueMustBeANumberAccessor(field => Named(field) is { } name
            ? Lang.T($"{name}ต้องเป็นตัวเลข", $"{name} must be a number")
            : Lang.T("ช่องนี้ต้องเป็นตัวเลข", "Digits only here"));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Lang.T("ต้องเป็นตัวเลข", "Digits only"));
        messages.SetUnknownValueIsInvalidAccessor(field => Named(field) is { } name
            ? Lang.T($"{name}: ค่าที่ส่งมาใช้ไม่ได้ กรุณาเลือกใหม่", $"{name}: choose again")
            : Lang.T("ค่าที่ส่งมาใช้ไม่ได้ กรุณาเลือกหรือกรอกใหม่", "Choose or type this again"));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Lang.T("ค่าที่ส่งมาใช้ไม่ได้ กรุณาเลือกหรือกรอกใหม่", "Choose or type this again"));
        messages.SetMissingBindRequiredValueAccessor(field => Named(field) is { } name
            ? Lang.T($"กรุณากรอก{name}", $"Please fill in {name}")
            : Lang.T("กรุณากรอกช่องนี้", "Please fill this in"));
        messages.SetValueMustNotBeNullAccessor(_ => Lang.T("กรุณากรอกช่องนี้", "Please fill this in"));
        messages.SetMissingKeyOrValueAccessor(() => Lang.T("กรุณากรอกให้ครบ", "Please fill in every part"));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Lang.T("ไม่มีข้อมูลที่ส่งมา", "Nothing was sent"));
    }

    /// <summary>
    /// The field's display name when one was written for people ([Display(Name = "ปีงบประมาณ")]); a bare property name
    /// ("FiscalYear") is not one, and the message then speaks of "this field", which the page shows it beside.
    /// </summary>
    private static string? Named(string? field) =>
        string.IsNullOrWhiteSpace(field) || field.All(char.IsAsciiLetterOrDigit) ? null : field;

    private static string Typed(string? value) => PlainText.Typed(value, Quoted);
}
