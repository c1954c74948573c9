using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Organizations;

/// <summary>A message to one staff member, shown on their dashboard until read.</summary>
public sealed class StaffNotification : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Text { get; set; }

    /// <summary>The English twin of <see cref="Text"/>, written with it; null on notifications written before (shown in Thai).</summary>
    public string? TextEnglish { get; set; }

    /// <summary>Where the message leads, relative to the organization's back office (e.g. "circulars/12"); null: nowhere.</summary>
    public string? Path { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>A new notification with both sentences, each cut to <see cref="NotificationText.MaxLength"/>.</summary>
    public static StaffNotification For(string userId, NotificationText text, DateTimeOffset at, string? path) => new()
    {
        UserId = userId,
        Text = NotificationText.Fit(text.Thai),
        TextEnglish = NotificationText.Fit(text.English),
        CreatedAt = at,
        Path = path,
    };

    /// <summary>The sentence in the reader's language: English when asked and written, else Thai.</summary>
    public string TextIn(bool english) => english ? TextEnglish ?? Text : Text;
}
