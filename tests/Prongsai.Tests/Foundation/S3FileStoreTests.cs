using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Prongsai.Core.Storage;
using Prongsai.Data;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// An S3-compatible server on loopback for the S3 file store: s3rver (npm, installed by test.sh with
/// npm ci) speaks the S3 REST protocol over HTTP with signature checks. Missing, the tests fail.
/// </summary>
public sealed class S3Server : IAsyncLifetime
{
    private Process? process;
    private string directory = "";

    public const string Bucket = "prongsai-test";
    public S3FileStoreOptions Options { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var script = Path.Combine(PermissionsDocumentTests.RepositoryRoot(), "tests", "Prongsai.Tests", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run npm ci in tests/Prongsai.Tests (./test.sh does).");
        }

        directory = Directory.CreateTempSubdirectory("prongsai-s3-").FullName;
        var port = FreePort();
        // s3rver enciphers ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider:
        // without it a listing that needs a second page answers 500.
        process = Process.Start(new ProcessStartInfo("node", ["--openssl-legacy-provider", script, "-d", directory, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node did not start");
        Options = new S3FileStoreOptions { ServiceUrl = $"http://127.0.0.1:{port}", Bucket = Bucket, AccessKey = "S3RVER", SecretKey = "S3RVER" };

        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("s3rver did not listen within 10 s: " + await process.StandardError.ReadToEndAsync());
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process?.Dispose();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class S3FileStoreTests(S3Server server) : IClassFixture<S3Server>
{
    [Fact]
    public async Task Files_round_trip_through_an_S3_compatible_server_and_missing_keys_are_null()
    {
        using var store = new S3FileStore(server.Options);
        var bytes = "%PDF-1.4 ทดสอบภาษาไทย"u8.ToArray();
        var key = await store.SaveAsync("documents/attachments", "../../รายงาน.PDF", new MemoryStream(bytes));

        Assert.Matches("^documents/attachments/[0-9a-f]{32}\\.pdf$", key);
        await using (var read = await store.OpenReadAsync(key))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        await store.DeleteAsync(key);
        Assert.Null(await store.OpenReadAsync(key));
        Assert.Null(await store.OpenReadAsync("../../etc/passwd"));
    }

    [Fact]
    public async Task The_bucket_lists_a_folder_page_by_page_and_the_sweep_deletes_only_kept_import_files()
    {
        // Two keys a page, so three files take two listing requests.
        using var store = new S3FileStore(new S3FileStoreOptions
        {
            ServiceUrl = server.Options.ServiceUrl, Bucket = server.Options.Bucket, AccessKey = server.Options.AccessKey,
            SecretKey = server.Options.SecretKey, ListPageSize = 2,
        });
        var kept = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            kept.Add(await store.SaveAsync(PendingUploads.Folder("budget", 41), "import.bin", new MemoryStream([1, 2, 3])));
        }

        var document = await store.SaveAsync("documents/41", "a.pdf", new MemoryStream("%PDF-1.4"u8.ToArray()));
        var listed = await Prongsai.Tests.Storage.PendingUploadsTests.ListAsync(store, "pending/budget/41");
        Assert.Equal(kept.Order(), listed.Select(f => f.Key).Order());
        Assert.All(listed, f => Assert.InRange(f.LastModified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.Empty(await Prongsai.Tests.Storage.PendingUploadsTests.ListAsync(store, "../documents"));

        // Written just now: younger than any cutoff a day back, so nothing goes; a cutoff after them takes them all.
        Assert.Equal(0, await PendingUploads.SweepAsync(store, DateTimeOffset.UtcNow - PendingUploads.MaxAge));
        Assert.Equal(3, await PendingUploads.SweepAsync(store, DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.Empty(await Prongsai.Tests.Storage.PendingUploadsTests.ListAsync(store, "pending/budget/41"));
        await using var stays = await store.OpenReadAsync(document);
        Assert.NotNull(stays);
    }

    [Fact]
    public async Task The_app_configured_for_S3_stores_and_serves_uploads_from_the_bucket()
    {
        using var app = new Prongsai.Tests.Infrastructure.ProngsaiApp(Prongsai.Tests.Infrastructure.DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:Files:Store"] = "S3",
            ["Prongsai:Files:S3:ServiceUrl"] = server.Options.ServiceUrl,
            ["Prongsai:Files:S3:Bucket"] = S3Server.Bucket,
            ["Prongsai:Files:S3:AccessKey"] = "S3RVER",
            ["Prongsai:Files:S3:SecretKey"] = "S3RVER",
        });
        Assert.IsType<S3FileStore>(app.Services.GetRequiredService<IFileStore>());
        var org = await Prongsai.Tests.Infrastructure.TestOrg.CreateAsync(app);
        var admin = await Prongsai.Tests.Infrastructure.HttpExtensions.SignedInAsync(app, org[Prongsai.Core.Organizations.OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/executives";
        var token = await Prongsai.Tests.Infrastructure.HttpExtensions.AntiforgeryTokenAsync(admin, page);
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(png), "emblem", "emblem.png" } };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(page + "?handler=Emblem", form)).StatusCode);

        var emblem = await app.Client().GetAsync($"/{org.Slug}/emblem");
        Assert.Equal(HttpStatusCode.OK, emblem.StatusCode);
        Assert.Equal(png, await emblem.Content.ReadAsByteArrayAsync());
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "files", "emblems")), "the emblem went to local disk, not the bucket");
    }
}
