namespace Prongsai.Core.Publishing;

/// <summary>Permissions of the portal's documents (declared with their roles in PublishingFeature).</summary>
public static class PublishingPermissions
{
    /// <summary>Publish documents on the portal — limited to own departments for department roles.</summary>
    public const string PublishDocuments = "PublishDocuments";
}
