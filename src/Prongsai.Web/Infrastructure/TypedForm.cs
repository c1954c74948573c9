using System.Text;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Infrastructure;

/// <summary>One field as the person typed it, with the label it had on its form when the form said (<see cref="FormGuide"/>).</summary>
public sealed record TypedField(string Name, string? Label, string Value)
{
    /// <summary>The label, or the field's name where the form did not say.</summary>
    public string Caption => Label is { Length: > 0 } label ? label : Name;
}

/// <summary>
/// What a form that was not taken carried, for the page that says so (Pages/Error): the text fields to show — readable,
/// copyable — and every field to send again. A refused form otherwise loses what was typed where the back button cannot
/// bring it back (a staff page answers a signed-out browser with a redirect). Passwords are neither shown nor kept, nor
/// is anything of a page whose fields are passwords. What is echoed is capped (<see cref="MaxBytes"/>), since a stranger
/// can post any text to any address: past the cap the page shows what fits and offers no resend (it would save part).
/// </summary>
public sealed record TypedForm(
    IReadOnlyList<TypedField> Shown,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<string> FileNames,
    bool Multipart,
    bool Cut)
{
    /// <summary>The most of names and values (UTF-8) a page echoes: far above any form of the back office.</summary>
    public const int MaxBytes = 256 * 1024;

    private const int MaxFileNames = 20;

    /// <summary>Pages whose form is about a password: nothing they post is echoed.</summary>
    public static readonly IReadOnlySet<string> PasswordPages =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/staff/signin", PasswordChangeGate.PasswordPage };

    /// <summary>A field name that says it holds a secret (a password elsewhere than on the password pages).</summary>
    public static bool IsSecretName(string name) =>
        name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("passwd", StringComparison.OrdinalIgnoreCase)
        || name.Contains("secret", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The form of this request, or null when there is none to show (not a form, unreadable, a password page). With a
    /// <see cref="FormGuide"/> only the fields a person types in are shown, under their labels; without one (a form
    /// rendered before it existed, a public form) every field but bookkeeping ("__…") and yes/no values is.
    /// </summary>
    public static async Task<TypedForm?> ReadAsync(HttpRequest request, string originalPath, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || PasswordPages.Contains(originalPath.TrimEnd('/')))
        {
            return null;
        }

        IFormCollection form;
        try
        {
            // Read (and cached) already by the NUL guard, before anything refused the request.
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }

        var guide = FormGuide.Parse(form[FormGuide.FieldName].ToString());
        var shown = new List<TypedField>();
        var fields = new List<KeyValuePair<string, string>>();
        var left = MaxBytes;
        var cut = false;
        foreach (var (name, values) in form)
        {
            if (IsSecretName(name) || guide?.Secret.Contains(name) == true)
            {
                continue;
            }

            foreach (var value in values)
            {
                var text = value ?? "";
                left -= Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(text);
                if (left < 0)
                {
                    cut = true;
                    break;
                }

                fields.Add(new(name, text));
                if (Typed(guide, name, text))
                {
                    shown.Add(new TypedField(name, guide?.Labels.GetValueOrDefault(name), text));
                }
            }

            if (cut)
            {
                break;
            }
        }

        var files = form.Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
            .Select(f => Path.GetFileName(f.FileName)).Take(MaxFileNames).ToList();
        var multipart = request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
        return new TypedForm(shown, fields, files, multipart, cut);
    }

    /// <summary>What a person typed, as opposed to what the page itself put in the form.</summary>
    private static bool Typed(FormGuide? guide, string name, string value) =>
        !string.IsNullOrWhiteSpace(value)
        && (guide is not null
            ? guide.Labels.ContainsKey(name)
            : !name.StartsWith("__", StringComparison.Ordinal) && !bool.TryParse(value, out _));
}
