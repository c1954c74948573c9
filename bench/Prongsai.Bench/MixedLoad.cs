using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Prongsai.Data;

namespace Prongsai.Bench;

/// <summary>
/// prongsai-bench mixed: a closed-loop mixed load with honest per-page percentiles (wrk's done() only sees the
/// aggregate). --connections workers each pick, per request, a public read (90 %: one of the read page classes
/// over a random organization, a random published document, a random published fiscal year), a search (5 %:
/// the search page or the search API of a random organization) or a staff write (5 %: the signed-in demo admin
/// creates, renames and deletes departments of --org through the JSON API). Organizations, documents and
/// report years are read from the database first (same settings as the app), so the same command runs against
/// a one-organization database and against the bulk one. The first --warmup seconds are not counted.
/// With --uncached every public request misses the output cache (a unique query parameter).
/// Prints a Markdown table and, with --tsv FILE, appends "label page count rps p50 p99 errors" lines.
/// </summary>
public static class MixedLoad
{
    private static readonly string[] SearchWords = ["งบประมาณ", "จัดซื้อจัดจ้าง", "มาตรการ", "ภาษีที่ดิน", "ผู้สูงอายุ", "โครงการ", "ประกาศ", "ร้องเรียน"];

    private static readonly string[] Reads = ["home", "documents", "document", "report", "ledger", "api-org", "api-report"];

    private sealed record Org(string Slug, int[] Documents, int[] Years);

    public static async Task<int> RunAsync(Options options)
    {
        var baseAddress = options.Text("base");
        var seconds = options.Number("seconds", 30);
        var warmup = options.Number("warmup", 10);
        var connections = options.Number("connections", 16);
        var writeOrg = options.Text("org", "bangkha");
        var label = options.Text("label", "run");
        var seed = options.Number("seed", 1);
        // --uncached: every public path gets a unique query parameter, so the output cache (which varies by query) always
        // misses: the cost of rendering and querying, which is what the database's size can change.
        var uncached = options.Flag("uncached");
        var unique = 0L;

        // --read-prefix: the organizations reads go to. The bulk ones by default (bench-...), so a one-organization
        // database with bench-0001 and the 8,000-organization one are read with organizations of the same shape.
        var prefix = options.Text("read-prefix", "bench-");
        var everyOrg = await LoadOrganizationsAsync();
        var orgs = everyOrg.Where(o => o.Slug.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        if (orgs.Length == 0)
        {
            orgs = everyOrg;
        }

        Console.Error.WriteLine($"mixed: {orgs.Length} organizations, {orgs.Sum(o => (long)o.Documents.Length)} published documents; {connections} connections, {warmup} s warm-up + {seconds} s");

        using var reader = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(30) };
        using var staff = StaffClient.Create(baseAddress, connections);
        await StaffClient.SignInAsync(staff, options.Text("email"), options.Text("password"), writeOrg);

        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in Reads.Concat(["search", "api-search", "write"]))
        {
            samples[page] = [];
            errors[page] = 0;
        }

        var issued = 0L;
        var clock = Stopwatch.StartNew();
        var measureFrom = TimeSpan.FromSeconds(warmup);
        var stopAt = TimeSpan.FromSeconds(warmup + seconds);

        async Task Worker(int index)
        {
            var random = new Random(seed * 1000 + index);
            var writer = new DepartmentChurn(staff, writeOrg, $"mix{DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}-{index.ToString(CultureInfo.InvariantCulture)}");
            var local = new List<(string Page, double Ms, bool Ok)>();
            while (clock.Elapsed < stopAt)
            {
                var roll = random.Next(100);
                string page;
                Func<Task<bool>> send;
                if (roll < 95)
                {
                    var org = orgs[random.Next(orgs.Length)];
                    (page, var path) = roll < 90 ? ReadOf(org, random) : SearchOf(org, random);
                    if (uncached)
                    {
                        path += (path.Contains('?', StringComparison.Ordinal) ? "&nc=" : "?nc=") + Interlocked.Increment(ref unique).ToString(CultureInfo.InvariantCulture);
                    }

                    send = () => GetAsync(reader, path);
                }
                else
                {
                    page = "write";
                    send = writer.NextAsync;
                }

                var started = clock.Elapsed;
                bool ok;
                try
                {
                    ok = await send();
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or JsonException)
                {
                    ok = false;
                }

                var ended = clock.Elapsed;
                Interlocked.Increment(ref issued);
                if (started >= measureFrom && ended <= stopAt)
                {
                    local.Add((page, (ended - started).TotalMilliseconds, ok));
                }
            }

            await writer.FinishAsync();

            lock (samples)
            {
                foreach (var (page, ms, ok) in local)
                {
                    samples[page].Add(ms);
                    if (!ok)
                    {
                        errors[page]++;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => Worker(i))));

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| {label} | requests | req/s | p50 ms | p99 ms | errors |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        var lines = new List<string>();
        var all = samples.Values.SelectMany(s => s).ToList();
        foreach (var (page, list) in samples.Append(new KeyValuePair<string, List<double>>("all", all)))
        {
            list.Sort();
            var count = list.Count;
            var rps = count / (double)seconds;
            var p50 = Percentile(list, 0.50);
            var p99 = Percentile(list, 0.99);
            var failed = page == "all" ? errors.Values.Sum() : errors[page];
            table.AppendLine(CultureInfo.InvariantCulture, $"| {page} | {count} | {rps:F1} | {p50:F2} | {p99:F2} | {failed} |");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label}\t{page}\t{count}\t{rps:F2}\t{p50:F3}\t{p99:F3}\t{failed}"));
        }

        Console.WriteLine(table);
        var tsv = options.Text("tsv", "");
        if (tsv.Length > 0)
        {
            // Every request including the warm-up, for CPU time per request (mixed-load.sh).
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label}\tissued\t{Interlocked.Read(ref issued)}\t0\t0\t0\t0"));
            await File.AppendAllLinesAsync(tsv, lines);
        }

        return 0;
    }

    private static (string Page, string Path) ReadOf(Org org, Random random)
    {
        var page = Reads[random.Next(Reads.Length)];
        var year = org.Years.Length == 0 ? 2567 : org.Years[random.Next(org.Years.Length)];
        var document = org.Documents.Length == 0 ? 1 : org.Documents[random.Next(org.Documents.Length)];
        return page switch
        {
            "home" => (page, $"/{org.Slug}/"),
            "documents" => (page, $"/{org.Slug}/documents"),
            "document" => (page, string.Create(CultureInfo.InvariantCulture, $"/{org.Slug}/documents/{document}")),
            "report" => (page, string.Create(CultureInfo.InvariantCulture, $"/{org.Slug}/measures/{year}")),
            "ledger" => (page, $"/{org.Slug}/ledger"),
            "api-org" => (page, $"/api/v1/orgs/{org.Slug}"),
            _ => (page, string.Create(CultureInfo.InvariantCulture, $"/api/v1/orgs/{org.Slug}/measures/{year}")),
        };
    }

    private static (string Page, string Path) SearchOf(Org org, Random random)
    {
        var word = Uri.EscapeDataString(SearchWords[random.Next(SearchWords.Length)]);
        return random.Next(2) == 0 ? ("search", $"/{org.Slug}/search?q={word}") : ("api-search", $"/api/v1/orgs/{org.Slug}/search?q={word}");
    }

    private static async Task<bool> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        return (int)response.StatusCode is >= 200 and < 400;
    }

    private static double Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<Org[]> LoadOrganizationsAsync()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var connection = new NpgsqlConnection(DataServices.ConnectionStringOf(configuration));
        await connection.OpenAsync();
        var years = new Dictionary<int, int[]>();
        await using (var command = new NpgsqlCommand("SELECT \"OrganizationId\", array_agg(DISTINCT \"FiscalYear\") FROM \"MeasureReportVersions\" GROUP BY 1", connection))
        await using (var rows = await command.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                years[rows.GetInt32(0)] = rows.GetFieldValue<int[]>(1);
            }
        }

        var orgs = new List<Org>();
        const string sql = "SELECT o.\"Id\", o.\"Slug\", COALESCE(array_agg(d.\"Id\") FILTER (WHERE d.\"Id\" IS NOT NULL), '{}') FROM \"Organizations\" o " +
                           "LEFT JOIN \"Documents\" d ON d.\"OrganizationId\" = o.\"Id\" AND d.\"Status\" = 2 GROUP BY o.\"Id\", o.\"Slug\"";
        await using (var command = new NpgsqlCommand(sql, connection))
        await using (var rows = await command.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                orgs.Add(new Org(rows.GetString(1), rows.GetFieldValue<int[]>(2), years.GetValueOrDefault(rows.GetInt32(0), [])));
            }
        }

        return [.. orgs];
    }

    /// <summary>One signed-in writer's cycle: create a department, rename it, delete it (one request per call).</summary>
    private sealed class DepartmentChurn(HttpClient client, string org, string prefix)
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
        private int sequence;
        private int? created;

        public async Task<bool> NextAsync()
        {
            var collection = new Uri($"/api/v1/orgs/{org}/departments", UriKind.Relative);
            if (created is not { } id)
            {
                using var response = await client.PostAsJsonAsync(collection, new { name = $"{prefix}-{sequence++}" }, Json);
                if (response.IsSuccessStatusCode)
                {
                    created = (await response.Content.ReadFromJsonAsync<DepartmentRow>(Json))?.Id;
                }

                return response.IsSuccessStatusCode;
            }

            var item = Item(id);
            if (sequence % 2 == 1)
            {
                sequence++;
                using var renamed = await client.PutAsJsonAsync(item, new { name = $"{prefix}-{sequence} (เปลี่ยนชื่อ)" }, Json);
                return renamed.IsSuccessStatusCode;
            }

            created = null;
            using var deleted = await client.DeleteAsync(item);
            return deleted.IsSuccessStatusCode;
        }

        private Uri Item(int id) =>
            new(string.Create(CultureInfo.InvariantCulture, $"/api/v1/orgs/{org}/departments/{id}"), UriKind.Relative);

        /// <summary>
        /// Deletes the department a cycle cut short by the end of the run left behind: otherwise every run adds one per
        /// connection to the organization, and its department queries slow down run after run (655 of them after a day).
        /// </summary>
        public async Task FinishAsync()
        {
            if (created is { } id)
            {
                created = null;
                try
                {
                    using var deleted = await client.DeleteAsync(Item(id));
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The run is over and measured; a department left behind costs the next run little.
                }
            }
        }
    }
}
