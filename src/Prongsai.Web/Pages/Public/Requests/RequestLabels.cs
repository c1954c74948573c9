using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>
/// Words for requests in the page's language (states and kinds are Core's <see cref="RequestTexts"/>, as in the audit
/// trail).
/// </summary>
public static class RequestLabels
{
    /// <summary>A request type's name in the page's language; a type named in Thai only keeps its Thai name.</summary>
    public static string TypeName(string thai, string? english) =>
        Lang.IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : thai;

    public static string Status(RequestStatus status) => Lang.T(RequestTexts.Status(status), RequestTexts.StatusEnglish(status));

    /// <summary>Who took a step: a staff member's name as stored, or the system's own word in the reader's language.</summary>
    public static string Actor(string actorName) =>
        actorName == RequestStep.SystemActor ? Lang.T(RequestStep.SystemActor, "System") : actorName;

    public static string Kind(RequestKind kind) => Lang.T(RequestTexts.Kind(kind), RequestTexts.KindEnglish(kind));
}
