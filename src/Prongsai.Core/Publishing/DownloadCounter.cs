using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Publishing;

/// <summary>Counts a public download of an attachment: one atomic statement, no read-modify-write race.</summary>
public sealed class DownloadCounter(ProngsaiDbContext db)
{
    public Task CountAsync(int attachmentId, CancellationToken cancellationToken = default) =>
        db.Attachments.Where(a => a.Id == attachmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DownloadCount, a => a.DownloadCount + 1), cancellationToken);
}
