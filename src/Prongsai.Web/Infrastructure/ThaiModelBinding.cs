using Microsoft.AspNetCore.Mvc;

namespace Prongsai.Web.Infrastructure;

/// <summary>Model-binding messages in Thai (with English), so a malformed number or date is a readable form error.</summary>
public static class ThaiModelBinding
{
    public static void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"ค่า \"{value}\" ไม่ถูกต้องสำหรับช่องนี้ (invalid value)");
        messages.SetValueIsInvalidAccessor(value => $"ค่า \"{value}\" ไม่ถูกต้อง (invalid value)");
        messages.SetValueMustBeANumberAccessor(field => "ช่องนี้ต้องเป็นตัวเลข (must be a number)");
        messages.SetUnknownValueIsInvalidAccessor(field => "ค่าที่ระบุไม่ถูกต้อง (invalid value)");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"ค่า \"{value}\" ไม่ถูกต้อง (invalid value)");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "ค่าที่ระบุไม่ถูกต้อง (invalid value)");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "ต้องเป็นตัวเลข (must be a number)");
        messages.SetMissingBindRequiredValueAccessor(field => "กรุณากรอกข้อมูลช่องนี้ (required)");
        messages.SetMissingKeyOrValueAccessor(() => "กรุณากรอกข้อมูล (required)");
        messages.SetValueMustNotBeNullAccessor(value => "กรุณากรอกข้อมูลช่องนี้ (required)");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "ไม่มีข้อมูลที่ส่งมา (empty request)");
    }
}
