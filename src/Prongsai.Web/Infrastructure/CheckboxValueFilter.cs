using Microsoft.AspNetCore.Mvc.Filters;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A checkbox bound with asp-for re-renders the value that was posted; when that value is not a
/// boolean (a tampered form), the tag helper throws while rendering. After the handler has run,
/// such values are reset to "false" (the validation error stays), so the page shows its message.
/// </summary>
public sealed class CheckboxValueFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await next();
        var modelState = context.ModelState;
        foreach (var property in context.ActionDescriptor.BoundProperties.Where(p => p.ParameterType == typeof(bool) || p.ParameterType == typeof(bool?)))
        {
            foreach (var key in modelState.Keys.Where(k => k == property.Name || k.EndsWith("." + property.Name, StringComparison.Ordinal)).ToList())
            {
                var entry = modelState[key];
                if (entry is { Errors.Count: > 0 } && !bool.TryParse(entry.AttemptedValue, out _))
                {
                    modelState.SetModelValue(key, false, "false");
                }
            }
        }
    }
}
