using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;
using Prongsai.Tests.Requests;

namespace Prongsai.Tests.Storage;

/// <summary>
/// A photo a clerk publishes — a document's picture, an executive's portrait — reaches strangers without where it was
/// taken or whose camera took it; the stored file, its size and its hash are the cleaned photo's.
/// </summary>
public sealed class PublishedPhotoMetadataTests
{
    [Theory, Providers]
    public async Task Published_photos_lose_their_gps_and_camera_metadata(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var (jpeg, _) = TestImages.JpegWithMetadata();
        var png = TestImages.PngWithMetadata();

        var doc = await PublishingFixture.SaveAsync(app, org, "ภาพกิจกรรมวันเด็ก", ("ภาพ.jpg", jpeg), ("แผนผัง.png", png));
        await PublishingFixture.PublishAsync(app, org, doc.Id);
        var attachments = await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Attachments
            .Where(a => a.DocumentId == doc.Id).Select(a => new { a.Id, a.SizeBytes, a.Sha256 }).ToListAsync());
        Assert.Equal(2, attachments.Count);
        foreach (var attachment in attachments)
        {
            var served = await client.GetByteArrayAsync($"/{org.Slug}/documents/{doc.Id}/files/{attachment.Id}");
            Assert.DoesNotContain("SECRET", Encoding.Latin1.GetString(served), StringComparison.Ordinal);
            Assert.Equal(served.Length, attachment.SizeBytes);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(served)), attachment.Sha256);
        }

        var executive = await app.UseAsync<ManageExecutives, Result<Executive>>(m => m.SaveAsync(StaffActor.System(organizationId: org.Id), null,
            new ExecutiveInput("นายสมชาย ใจดี", "นายกองค์การบริหารส่วนตำบล", ExecutiveSide.Elected, null, 1),
            new ImageUpload("นายก.jpg", new MemoryStream(jpeg))), org.Id);
        Assert.True(executive.Succeeded, executive.Errors.FirstOrDefault()?.Message);
        var portrait = await client.GetByteArrayAsync($"/{org.Slug}/executives/{executive.Value!.Id}/photo");
        Assert.DoesNotContain("SECRET", Encoding.Latin1.GetString(portrait), StringComparison.Ordinal);
        Assert.Equal([0xFF, 0xD8], portrait[..2]);
    }

    [Theory, Providers]
    public async Task A_damaged_photo_is_refused_with_a_thai_message_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var (jpeg, _) = TestImages.JpegWithMetadata();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PublishingFixture.SaveAsync(app, org, "ภาพเสีย", ("ภาพ.jpg", jpeg[..30])));
        Assert.Contains("รูปภาพที่เสียหาย", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Documents.CountAsync()));
    }
}
