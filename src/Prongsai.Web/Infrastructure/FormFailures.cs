using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Infrastructure;

/// <summary>Why a sent form was not taken; each has its own page (Pages/Error) that says nothing was saved.</summary>
public enum FormFailureReason
{
    /// <summary>400: the antiforgery check refused it (the page was open too long, or it is not this member's form).</summary>
    Expired = 1,

    /// <summary>413: the body was over the limit, so nothing of it could be read.</summary>
    TooLarge,

    /// <summary>401: a staff form sent after its session ended (signed out elsewhere, expired, account closed).</summary>
    SignedOut,

    /// <summary>403: a staff form sent by a member who must first replace a one-time password.</summary>
    PasswordChange,
}

/// <summary>Why a sent form was not taken, and the page it came from: what the error page tells the sender.</summary>
public sealed record FormFailure(FormFailureReason Reason, string BackTo)
{
    public bool TooLarge => Reason == FormFailureReason.TooLarge;

    /// <summary>
    /// Whether the page offers to send the same fields again. Only where the form was refused before its antiforgery
    /// token was checked (no session, a password to change): once the member has signed in again as themselves, that
    /// token still holds, while anyone else's — a stranger's cross-site post included — is refused as before. An
    /// expired token would be refused again, so that page only shows what was typed.
    /// </summary>
    public bool CanSendAgain => Reason is FormFailureReason.SignedOut or FormFailureReason.PasswordChange;

    public static FormFailure? Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(FormFailure), out var value) ? value as FormFailure : null;

    /// <summary>
    /// Marks the request as a form refused for <paramref name="reason"/> and answers with the status the error page
    /// (re-executed for it) then explains. Only a browser's form POST: there is typed text to keep.
    /// </summary>
    public static void Answer(HttpContext context, FormFailureReason reason)
    {
        context.Items[typeof(FormFailure)] = new FormFailure(reason, FormFailureFilter.BackTo(context));
        context.Response.StatusCode = reason switch
        {
            FormFailureReason.TooLarge => StatusCodes.Status413PayloadTooLarge,
            FormFailureReason.SignedOut => StatusCodes.Status401Unauthorized,
            FormFailureReason.PasswordChange => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    /// <summary>A form sent by a browser (not an API call, not a bare POST): what the pages of this type are for.</summary>
    public static bool IsBrowserForm(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.HasFormContentType
        && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A page POST refused by the antiforgery check is, for a person, nearly always one of two things: the page was open
/// too long (the token expired, the browser was killed, the tab outlived a sign-out), or the attachment was larger
/// than the server reads (the form could not be read, so neither could its token). Instead of a bare 400 the error
/// page then says which (400 "the page expired", or 413 "the file is too large" with the limit) and links back to
/// the form's page and shows what was typed (<see cref="TypedForm"/>), for when the back button does not bring it back.
/// </summary>
public sealed class FormFailureFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var http = context.HttpContext;
            var tooLarge = await TooLargeAsync(http.Request);
            http.Items[typeof(FormFailure)] = new FormFailure(tooLarge ? FormFailureReason.TooLarge : FormFailureReason.Expired, BackTo(http));
            context.Result = new StatusCodeResult(tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        await next();
    }

    /// <summary>The form's body was over a size limit (the server's, or the form reader's): the read failed for that.</summary>
    private static async Task<bool> TooLargeAsync(HttpRequest request)
    {
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (request.ContentLength is { } length && limit is { } max && length > max)
        {
            return true;
        }

        if (!request.HasFormContentType)
        {
            return false;
        }

        try
        {
            // The form was read (and failed) before; this gives back that same outcome.
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return false;
        }
        catch (BadHttpRequestException exception)
        {
            return exception.StatusCode == StatusCodes.Status413PayloadTooLarge;
        }
        catch (InvalidDataException exception)
        {
            return exception.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The page the form came from when the browser says so and it is this site's; else the organization's home.</summary>
    public static string BackTo(HttpContext context)
    {
        var request = context.Request;
        if (Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && referer.AbsolutePath.StartsWith('/') && !referer.AbsolutePath.StartsWith("//", StringComparison.Ordinal))
        {
            return referer.PathAndQuery;
        }

        var org = context.Organization();
        return org is null ? "/"
            : request.Path.StartsWithSegments("/staff") ? $"/staff/{org.Slug}"
            : $"/{org.Slug}/";
    }

    /// <summary>A size for people: "50 MB", or KB under one megabyte.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}
