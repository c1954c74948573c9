using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Prongsai.Core.Storage;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Staff.Org;

namespace Prongsai.Tests.Storage;

/// <summary>
/// The value an import page keeps in TempData for its previewed file: only the file's key and the choices it was
/// previewed with, read back whole or not at all. The cookie is signed, but a value of an older release, one written by
/// another organization's page or one missing a choice must never let a confirmation run with a default year or choice.
/// </summary>
public sealed class PendingImportTests : IDisposable
{
    private const string Import = "budget";
    private const int Office = 7;
    private const string Clerk = "user-1";
    private readonly string root = Directory.CreateTempSubdirectory("prongsai-pending-import-").FullName;
    private readonly TempDataDictionary tempData = new(new DefaultHttpContext(), new CookieLessTempData());

    public void Dispose() => Directory.Delete(root, recursive: true);

    private LocalFileStore Store => new(root);

    [Fact]
    public async Task The_kept_file_comes_back_with_the_choices_it_was_previewed_with_and_cancel_deletes_it()
    {
        var pending = new PendingImport<Choices>(Import, Office, Clerk, Store, tempData);
        await pending.KeepAsync(new MemoryStream("แผน"u8.ToArray()), new Choices(2570, Replace: true), CancellationToken.None);

        Assert.True(PendingUploads.Holds(pending.Key, Import, Office));
        Assert.Equal(new Choices(2570, true), pending.Choices);
        var key = pending.Key!;

        await pending.DiscardAsync(CancellationToken.None);
        Assert.Null(pending.Key);
        Assert.Null(pending.Choices);
        Assert.Null(await Store.OpenReadAsync(key));
    }

    [Fact]
    public async Task A_new_preview_deletes_the_file_kept_before()
    {
        var pending = new PendingImport<Choices>(Import, Office, Clerk, Store, tempData);
        await pending.KeepAsync(new MemoryStream([1]), new Choices(2569, false), CancellationToken.None);
        var first = pending.Key!;
        await pending.KeepAsync(new MemoryStream([2]), new Choices(2570, false), CancellationToken.None);

        Assert.Null(await Store.OpenReadAsync(first));
        Assert.NotEqual(first, pending.Key);
        Assert.Equal(2570, pending.Choices!.Year);
    }

    [Theory]
    [InlineData("pending/budget/7/0123456789abcdef0123456789abcdef.bin")] // an older release's bare key
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"pending/budget/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570}}")] // no "replace"
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"pending/budget/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":null}")]
    [InlineData("{\"UserId\":\"user-1\",\"Key\":null,\"Choices\":{\"Year\":2570,\"Replace\":false}}")]
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"pending/budget/70/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570,\"Replace\":false}}")] // another office
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"pending/measures/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570,\"Replace\":false}}")] // another import
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"documents/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570,\"Replace\":false}}")]
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"pending/budget/7/../../../etc/passwd\",\"Choices\":{\"Year\":2570,\"Replace\":false}}")]
    [InlineData("{\"UserId\":\"user-1\",\"Key\":\"pending/budget/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":\"2570\",\"Replace\":false}}")]
    [InlineData("{\"UserId\":\"user-2\",\"Key\":\"pending/budget/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570,\"Replace\":false}}")] // a colleague's
    [InlineData("{\"Key\":\"pending/budget/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570,\"Replace\":false}}")] // nobody's
    [InlineData("{not json")]
    public void A_value_that_does_not_read_whole_counts_as_nothing_kept(string value)
    {
        tempData["pending-import-" + Import] = value;
        var pending = new PendingImport<Choices>(Import, Office, Clerk, Store, tempData);

        Assert.Null(pending.Key);
        Assert.Null(pending.Choices);
    }

    [Fact]
    public void A_value_written_whole_by_hand_reads_back()
    {
        tempData["pending-import-" + Import] = "{\"UserId\":\"user-1\",\"Key\":\"pending/budget/7/0123456789abcdef0123456789abcdef.bin\",\"Choices\":{\"Year\":2570,\"Replace\":false}}";
        var pending = new PendingImport<Choices>(Import, Office, Clerk, Store, tempData);

        Assert.Equal("pending/budget/7/0123456789abcdef0123456789abcdef.bin", pending.Key);
        Assert.Equal(new Choices(2570, false), pending.Choices);
    }

    [Fact]
    public async Task The_dashboard_lists_this_members_kept_previews_with_their_year_and_page()
    {
        await new PendingImport<Choices>("procurement", Office, Clerk, Store, tempData)
            .KeepAsync(new MemoryStream([1]), new Choices(2570, false), CancellationToken.None);
        await new PendingImport<AssetChoices>("assets", Office, Clerk, Store, tempData)
            .KeepAsync(new MemoryStream([2]), new AssetChoices(UpdateExisting: true), CancellationToken.None);
        // A colleague's preview on the same browser, and one of another office: not this member's to confirm here.
        await new PendingImport<Choices>("measures", Office, "user-2", Store, tempData)
            .KeepAsync(new MemoryStream([3]), new Choices(2570, false), CancellationToken.None);
        await new PendingImport<Choices>("budget", 70, Clerk, Store, tempData)
            .KeepAsync(new MemoryStream([4]), new Choices(2570, false), CancellationToken.None);

        var kept = await KeptImportPreviews.OfAsync(tempData, Store, Office, Clerk, "bangkha", CancellationToken.None);

        Assert.Equal(
            [
                ("นำเข้า สขร.1 ปีงบประมาณ 2570", "Import SorKhorRor.1, FY 2570", "/staff/bangkha/procurement/2570/import"),
                ("นำเข้าทะเบียนครุภัณฑ์", "Import the property register", "/staff/bangkha/assets/import"),
            ],
            kept.Select(k => (k.Thai, k.English, k.Path)));
        Assert.All(kept, k => Assert.InRange(k.CheckedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.Empty(await KeptImportPreviews.OfAsync(tempData, Store, Office, userId: null, "bangkha", CancellationToken.None));

        // Reading for the dashboard takes nothing: the import page still finds its preview. A file the sweep took is
        // not listed any more.
        var procurement = new PendingImport<Choices>("procurement", Office, Clerk, Store, tempData);
        Assert.NotNull(procurement.Key);
        await Store.DeleteAsync(procurement.Key!);
        Assert.Equal(["/staff/bangkha/assets/import"],
            (await KeptImportPreviews.OfAsync(tempData, Store, Office, Clerk, "bangkha", CancellationToken.None)).Select(k => k.Path));
    }

    [Fact]
    public async Task Cancel_with_a_foreign_key_deletes_nothing_of_anyone_else()
    {
        var othersFile = await Store.SaveAsync(PendingUploads.Folder(Import, 70), "import.bin", new MemoryStream([1]));
        tempData["pending-import-" + Import] = $"{{\"UserId\":\"{Clerk}\",\"Key\":\"{othersFile}\",\"Choices\":{{\"Year\":2570,\"Replace\":false}}}}";

        await new PendingImport<Choices>(Import, Office, Clerk, Store, tempData).DiscardAsync(CancellationToken.None);

        await using var kept = await Store.OpenReadAsync(othersFile);
        Assert.NotNull(kept);
    }

    private sealed record Choices(int Year, bool Replace);

    private sealed record AssetChoices(bool UpdateExisting);

    /// <summary>TempData held for one request, as the page sees it between reading and writing its cookie.</summary>
    private sealed class CookieLessTempData : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
