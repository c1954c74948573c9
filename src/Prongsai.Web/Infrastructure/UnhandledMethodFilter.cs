using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Razor Pages renders a page even when no handler matches the request (a POST to a read-only
/// page, an unknown ?handler=), skipping the code that loads its model. Such requests get
/// 405 Method Not Allowed instead of a half-built page.
/// </summary>
public sealed class UnhandledMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (context.HandlerMethod is null && context.HttpContext.Request.Query.ContainsKey("handler"))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
