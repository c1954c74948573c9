using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Search;
using Prongsai.Core.Storage;
using Prongsai.Core.Tenancy;
using Prongsai.Data;

namespace Prongsai.Bench.Bulk;

/// <summary>
/// prongsai-bench generate --bulk: fills PostgreSQL with --orgs organizations (bench-0001 ...) by COPY, in blocks of
/// --block organizations, --workers blocks at a time (one builds rows while the other's COPY runs). Organizations
/// already there are skipped, so a stopped run is resumed by running it again. Afterwards the identity sequences
/// are moved past the ids used, the tables vacuumed and analysed, and the invariants checked with the app's own code: the
/// ledger verifier on a sample of organizations, a search that must hit, and the tokens of sampled documents
/// against a full ThaiSegmenter pass.
/// </summary>
public static class BulkGenerator
{
    private static readonly string[] Tables =
    [
        "Organizations", "Departments", "DocumentCategories", "Documents", "DocumentVersions", "Attachments", "LedgerEntries", "LedgerFiles",
        "SearchEntries", "MeasurePlans", "Measures", "MeasureDepartments", "MeasureSteps", "MeasureResults", "ProgressEntries", "Evidence",
        "MeasureReportVersions",
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var wanted = options.Number("orgs", 8000);
        var documentsEach = options.Number("documents", 125);
        var departmentsEach = options.Number("departments", 6);
        var blockSize = options.Number("block", 20);
        var workers = options.Number("workers", 2);
        var sample = options.Number("verify", 12);

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (DataServices.ProviderOf(configuration) != DatabaseProvider.Postgres)
        {
            throw new ArgumentException("--bulk needs PostgreSQL (Database__Provider=Postgres)");
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("bench-generator"));
        services.AddProngsaiData(configuration);
        services.AddProngsaiCore();
        await using var provider = services.BuildServiceProvider();
        await DataServices.MigrateAsync(provider);

        var connectionString = new NpgsqlConnectionStringBuilder(DataServices.ConnectionStringOf(configuration)) { CommandTimeout = 0 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        var files = await SharedFilesAsync(provider.GetRequiredService<IFileStore>(), ProngsaiPaths.DataDirectory(configuration));
        var ids = new IdBlocks();
        HashSet<string> existing;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            foreach (var table in Tables)
            {
                ids.Start(table, await ScalarAsync<long>(connection, $"SELECT COALESCE(MAX(\"Id\"), 0)::bigint FROM \"{table}\""));
            }

            existing = [];
            await using var command = new NpgsqlCommand("SELECT \"Slug\" FROM \"Organizations\" WHERE \"Slug\" LIKE 'bench-%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                existing.Add(reader.GetString(0));
            }
        }

        var missing = Enumerable.Range(1, wanted).Where(n => !existing.Contains(BlockBuilder.Slug(n))).ToList();
        var blocks = missing.Chunk(blockSize).ToList();
        Console.WriteLine($"bulk: {existing.Count} bench organizations already there, {missing.Count} to add in {blocks.Count} blocks of {blockSize}, {workers} workers, {documentsEach} documents each");

        var builder = new BlockBuilder(ids, files, documentsEach, departmentsEach);
        CheckTokens(builder);
        var clock = Stopwatch.StartNew();
        var done = 0;
        var documents = 0L;
        await Parallel.ForEachAsync(blocks, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (numbers, cancellationToken) =>
        {
            var block = builder.Build(numbers);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await BulkCopy.WriteAsync(connection, block, cancellationToken);
            var organizations = Interlocked.Add(ref done, numbers.Length);
            var total = Interlocked.Add(ref documents, block.Documents.Count);
            if ((organizations / blockSize) % 10 == 0 || organizations == missing.Count)
            {
                var rate = organizations / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {organizations}/{missing.Count} organizations, {total} documents, {clock.Elapsed.TotalSeconds:F0} s ({rate:F2} organizations/s, ETA {(missing.Count - organizations) / Math.Max(rate, 0.001) / 60:F1} min)"));
            }
        });
        var copySeconds = clock.Elapsed.TotalSeconds;

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            foreach (var table in Tables)
            {
                await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"{table}\"), 1))");
            }

            clock.Restart();
            // Leaves the tables as a long-lived database has them (visibility map and hint bits set, statistics fresh),
            // so the first page loads measured afterwards do not pay for the load's autovacuum.
            await ExecuteAsync(connection, "VACUUM (ANALYZE)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bulk: sequences set, VACUUM (ANALYZE) {clock.Elapsed.TotalSeconds:F0} s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bulk: {missing.Count} organizations, {documents} documents written in {copySeconds:F0} s ({missing.Count / Math.Max(copySeconds, 0.001):F2} organizations/s)"));
        return await VerifyAsync(provider, wanted, sample) ? 0 : 1;
    }

    /// <summary>Six small PDFs in the file store, shared by every attachment (created once; listed in bench-files.json).</summary>
    private static async Task<IReadOnlyList<SharedFile>> SharedFilesAsync(IFileStore store, string dataDirectory)
    {
        var manifest = Path.Combine(dataDirectory, "bench-files.json");
        if (File.Exists(manifest))
        {
            var known = JsonSerializer.Deserialize<List<SharedFile>>(await File.ReadAllTextAsync(manifest)) ?? [];
            var present = true;
            foreach (var file in known)
            {
                present &= await StoredFiles.HashAsync(store, file.Key, CancellationToken.None) == file.Sha256;
            }

            if (known.Count > 0 && present)
            {
                return known;
            }
        }

        var files = new List<SharedFile>();
        for (var i = 1; i <= 6; i++)
        {
            var bytes = MinimalPdf($"Prongsai bench attachment {i}");
            var name = $"เอกสารแนบ-{i}.pdf";
            using var stream = new MemoryStream(bytes);
            var key = await store.SaveAsync("documents/bench", name, stream);
            files.Add(new SharedFile(key, name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(files));
        return files;
    }

    private static byte[] MinimalPdf(string text)
    {
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>
    /// The cached per-part tokens must equal ThaiSegmenter over the whole text, as SearchIndex computes them: checked on
    /// documents built for organizations that are not written (ids are not consumed by anything that is).
    /// </summary>
    private static void CheckTokens(BlockBuilder builder)
    {
        var probe = builder.Build([9_999_001, 9_999_002]);
        var checkedCount = 0;
        foreach (var (entry, vector) in probe.SearchEntries)
        {
            var title = ThaiSegmenter.Tokenize(ThaiSegmenter.Normalize(entry.Title)).Select(t => t.Value);
            var body = ThaiSegmenter.Tokenize(entry.Text).Take(SearchIndex.MaxBodyTokens).Select(t => t.Value).ToList();
            if (string.Join(' ', title) != entry.TitleTokens || string.Join(' ', body) != entry.BodyTokens
                || SearchSyntax.TsVector(title.ToList(), body) != vector)
            {
                throw new InvalidOperationException($"tokens of {entry.ItemType} {entry.ItemId} differ from a full ThaiSegmenter pass");
            }

            checkedCount++;
        }

        Console.WriteLine($"bulk: tokens of {checkedCount} probe search entries equal a full ThaiSegmenter pass");
    }

    /// <summary>The app's ledger verifier on a sample of organizations, and a search that must find documents.</summary>
    private static async Task<bool> VerifyAsync(IServiceProvider provider, int wanted, int sample)
    {
        var ok = true;
        var clock = Stopwatch.StartNew();
        var random = new Random(42);
        var numbers = new[] { 1, wanted }.Concat(Enumerable.Range(0, Math.Max(0, sample - 2)).Select(_ => random.Next(1, wanted + 1))).Distinct().ToList();
        foreach (var n in numbers)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var slug = BlockBuilder.Slug(n);
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug);
            if (organization is null)
            {
                Console.WriteLine($"verify: {slug} missing");
                ok = false;
                continue;
            }

            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
            var report = await scope.ServiceProvider.GetRequiredService<LedgerVerifier>().VerifyAsync(organization.Id);
            var search = await scope.ServiceProvider.GetRequiredService<SearchIndex>().QueryAsync(organization.Id, new SearchQuery("งบประมาณ"));
            var documents = await db.Documents.CountAsync();
            Console.WriteLine($"verify: {slug} ledger {(report.Ok ? "ok" : "BROKEN: " + report.FirstBad?.Message)} ({report.Entries} entries), " +
                              $"{documents} documents, search \"งบประมาณ\" {search.Total} hits");
            ok &= report.Ok && search.Total > 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"verify: {(ok ? "passed" : "FAILED")} for {numbers.Count} organizations ({clock.Elapsed.TotalSeconds:F1} s)"));
        return ok;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
