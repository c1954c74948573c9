using Prongsai.Core.Jobs;
using Prongsai.Core.Storage;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Storage;

/// <summary>
/// Files an import keeps for its confirmation: listed from the local store, kept per import and organization, and
/// swept a day after the preview, by one node at a time, while every other file in the store stays.
/// </summary>
public sealed class PendingUploadsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("prongsai-pending-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task The_local_store_lists_every_key_under_a_folder_and_nothing_else()
    {
        var store = new LocalFileStore(root);
        var first = await SaveAsync(store, PendingUploads.Folder("budget", 7));
        var second = await SaveAsync(store, PendingUploads.Folder("assets", 12));
        var document = await SaveAsync(store, "documents/7");
        // Not keys: a half-written file and a stray file dropped in by hand.
        await File.WriteAllTextAsync(Path.Combine(root, "pending", "budget", "7", "0123.part"), "x");
        await File.WriteAllTextAsync(Path.Combine(root, "pending", "readme.txt"), "x");

        Assert.Equal(new[] { second, first }.Order(), (await ListAsync(store, "pending")).Select(f => f.Key).Order());
        Assert.Equal([first], (await ListAsync(store, "pending/budget")).Select(f => f.Key));
        Assert.Equal([document], (await ListAsync(store, "documents")).Select(f => f.Key));
        Assert.Empty(await ListAsync(store, "pending/nothing"));
        Assert.Empty(await ListAsync(store, "../etc"));
        Assert.Empty(await ListAsync(store, "/etc"));
    }

    [Fact]
    public void A_kept_key_is_known_only_to_its_import_and_organization()
    {
        var key = PendingUploads.Folder("budget", 7) + "/0123456789abcdef0123456789abcdef.bin";
        Assert.True(PendingUploads.Holds(key, "budget", 7));
        Assert.False(PendingUploads.Holds(key, "budget", 70));
        Assert.False(PendingUploads.Holds(key, "measures", 7));
        Assert.False(PendingUploads.Holds("documents/7/0123456789abcdef0123456789abcdef.bin", "budget", 7));
        Assert.False(PendingUploads.Holds(PendingUploads.Folder("budget", 7) + "/../../../etc/passwd", "budget", 7));
        Assert.False(PendingUploads.Holds(null, "budget", 7));
    }

    [Fact]
    public async Task The_sweep_deletes_kept_files_older_than_the_cutoff_and_nothing_outside_the_pending_folder()
    {
        var store = new LocalFileStore(root);
        var stale = await SaveAsync(store, PendingUploads.Folder("measures", 3));
        var fresh = await SaveAsync(store, PendingUploads.Folder("measures", 3));
        var oldDocument = await SaveAsync(store, "documents/3");
        Age(stale, TimeSpan.FromDays(2));
        Age(oldDocument, TimeSpan.FromDays(400));

        Assert.Equal(1, await PendingUploads.SweepAsync(store, DateTimeOffset.UtcNow - PendingUploads.MaxAge));
        Assert.Null(await store.OpenReadAsync(stale));
        await using (var kept = await store.OpenReadAsync(fresh))
        {
            Assert.NotNull(kept);
        }

        await using (var document = await store.OpenReadAsync(oldDocument))
        {
            Assert.NotNull(document);
        }

        Assert.Equal(0, await PendingUploads.SweepAsync(store, DateTimeOffset.UtcNow - PendingUploads.MaxAge));
    }

    [Fact]
    public async Task The_sweep_also_empties_the_folders_imports_kept_their_files_in_before()
    {
        var store = new LocalFileStore(root);
        var formerMeasures = await SaveAsync(store, "measures/imports");
        var formerServiceFigures = await SaveAsync(store, "service-statistics/imports/4");
        var freshFormer = await SaveAsync(store, "budget/imports");
        var measureEvidence = await SaveAsync(store, "measures/4");
        Age(formerMeasures, TimeSpan.FromDays(30));
        Age(formerServiceFigures, TimeSpan.FromDays(30));
        Age(measureEvidence, TimeSpan.FromDays(30));

        Assert.Equal(2, await PendingUploads.SweepAsync(store, DateTimeOffset.UtcNow - PendingUploads.MaxAge));
        Assert.Null(await store.OpenReadAsync(formerMeasures));
        Assert.Null(await store.OpenReadAsync(formerServiceFigures));
        foreach (var key in new[] { freshFormer, measureEvidence })
        {
            await using var kept = await store.OpenReadAsync(key);
            Assert.NotNull(kept);
        }
    }

    [Theory, Providers]
    public async Task One_node_sweeps_at_a_time_under_a_lease_in_the_database(DbProvider provider)
    {
        var app = Apps.For(provider);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var store = new LocalFileStore(root);
        var stale = await SaveAsync(store, PendingUploads.Folder("procurement", 5));
        Age(stale, TimeSpan.FromDays(2));

        // Another node is sweeping: this one leaves the files to it.
        Assert.True(await AcquireAsync(scopes, "other-node"));

        Assert.Equal(0, await PendingUploadsSweeper.SweepOnceAsync(scopes, store, TimeProvider.System, "this-node", CancellationToken.None));
        Assert.Single(await ListAsync(store, "pending"));

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobLock>().ReleaseAsync("pending-uploads", "other-node");
        }

        Assert.Equal(1, await PendingUploadsSweeper.SweepOnceAsync(scopes, store, TimeProvider.System, "this-node", CancellationToken.None));
        Assert.Empty(await ListAsync(store, "pending"));

        // The lease is given back after the sweep, so the other node may sweep next.
        Assert.True(await AcquireAsync(scopes, "other-node"));
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobLock>().ReleaseAsync("pending-uploads", "other-node");
        }
    }

    /// <summary>Takes the sweep's lease, waiting out the app's own sweeper should it hold it for its few milliseconds.</summary>
    private static async Task<bool> AcquireAsync(IServiceScopeFactory scopes, string holder)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<JobLock>().TryAcquireAsync("pending-uploads", holder, TimeSpan.FromMinutes(10)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static Task<string> SaveAsync(IFileStore store, string folder) =>
        store.SaveAsync(folder, "import.bin", new MemoryStream("ทะเบียน"u8.ToArray()));

    private void Age(string key, TimeSpan age) =>
        File.SetLastWriteTimeUtc(Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar)), DateTime.UtcNow - age);

    internal static async Task<List<StoredFile>> ListAsync(IFileStore store, string folder)
    {
        var files = new List<StoredFile>();
        await foreach (var file in store.ListAsync(folder))
        {
            files.Add(file);
        }

        return files;
    }
}
