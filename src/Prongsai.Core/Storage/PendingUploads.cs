using System.Globalization;

namespace Prongsai.Core.Storage;

/// <summary>
/// Files an import keeps in the file store between its preview and its confirmation. Each waits in
/// "pending/{import}/{organization}", so a key can be checked against the organization that previewed it, and
/// one sweep finds every file that was never confirmed: a clerk who previews and walks away leaves nothing behind
/// for longer than <see cref="MaxAge"/>.
/// </summary>
public static class PendingUploads
{
    public const string Root = "pending";

    /// <summary>How long a previewed file waits for its confirmation; a clerk who comes back later uploads it again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    /// <summary>
    /// Where imports kept their previewed files before <see cref="Root"/>: nothing writes there any more, and what an
    /// installation still holds there is swept like the rest, so no one has to delete those folders by hand.
    /// </summary>
    public static readonly IReadOnlyList<string> FormerRoots =
        ["measures/imports", "budget/imports", "procurement/imports", "assets/imports", "service-statistics/imports"];

    public static string Folder(string import, int organizationId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}/{import}/{organizationId}");

    /// <summary>A key this import kept for this organization, and not one handed in from anywhere else.</summary>
    public static bool Holds(string? key, string import, int organizationId) =>
        FileKeys.IsValid(key) && key!.StartsWith(Folder(import, organizationId) + "/", StringComparison.Ordinal);

    /// <summary>Deletes the kept files last written before the cutoff; returns how many.</summary>
    public static async Task<int> SweepAsync(IFileStore files, DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        // Listed first, deleted after: S3 pages its listing, and deleting under an open page can skip keys.
        var stale = new List<string>();
        foreach (var root in FormerRoots.Prepend(Root))
        {
            await foreach (var file in files.ListAsync(root, cancellationToken))
            {
                if (file.LastModified < cutoff)
                {
                    stale.Add(file.Key);
                }
            }
        }

        foreach (var key in stale)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        return stale.Count;
    }
}
