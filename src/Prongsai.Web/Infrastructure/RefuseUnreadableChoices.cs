using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// For back-office pages whose posts carry choices and hidden ids (a department, a kind, a step's id) that the page
/// does not read itself: a value model binding cannot read ("abc" for a department) arrives as none, and saving that
/// would quietly clear the department or add a step instead of changing one. Such a post is refused with 400 before
/// the handler runs, and the error page says in Thai that a choice was sent altered; nothing is saved. Only a changed
/// page or a crafted request sends one: the page's own selects and hidden fields always hold readable values.
/// Forms that show a binding error beside its field (documents, assets) read ModelState themselves instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseUnreadableChoicesAttribute : Attribute, IAsyncPageFilter
{
    /// <summary>Set on a refused request, so the error page explains which kind of 400 it is.</summary>
    public static readonly object Refused = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Handler arguments and bound properties are read by now; a GET only reads, so its filters keep their own fallbacks.
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method)
            && !context.ModelState.IsValid)
        {
            context.HttpContext.Items[Refused] = true;
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }
}
