using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Prongsai.Bench;

public sealed record DepartmentRow(int Id, string Name, int SortOrder);

/// <summary>Staff writers through the department API: crash-safety writers, soak churn, and the check after a crash.</summary>
public static class Writers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// --writers concurrent writers POST departments with unique names until --stop-file exists or --seconds pass.
    /// Each name that got a 2xx is appended to --acks at once. A 429, any other status and connection errors
    /// are failures; the writers keep going through a server restart.
    /// </summary>
    public static async Task<int> WriteAsync(Options options)
    {
        var baseAddress = options.Text("base");
        var org = options.Text("org", "bangkha");
        var count = options.Number("writers", 64);
        var seconds = options.Number("seconds", 60);
        var stopFile = options.Text("stop-file", "");
        var prefix = options.Text("prefix", "w" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        using var acks = new StreamWriter(options.Text("acks"), append: true) { AutoFlush = true };

        using var client = StaffClient.Create(baseAddress, count);
        await StaffClient.SignInAsync(client, options.Text("email"), options.Text("password"), org);

        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        bool Stopping() => clock.Elapsed.TotalSeconds >= seconds || (stopFile.Length > 0 && File.Exists(stopFile));
        var uri = new Uri($"/api/v1/orgs/{org}/departments", UriKind.Relative);

        async Task Writer(int writer)
        {
            for (var sequence = 0; !Stopping(); sequence++)
            {
                var name = $"{prefix}-{writer:D3}-{sequence:D6}";
                tally.Attempt();
                try
                {
                    using var response = await client.PostAsJsonAsync(uri, new { name }, Json);
                    if (response.IsSuccessStatusCode)
                    {
                        lock (acks)
                        {
                            acks.WriteLine(name);
                        }

                        tally.Acknowledged();
                    }
                    else
                    {
                        tally.Failed(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    tally.Failed("connection");
                    await Task.Delay(100);
                }
            }
        }

        using var progress = tally.ReportEvery(TimeSpan.FromSeconds(5), "write");
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => Writer(i))));
        Console.WriteLine($"write: {tally} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>--writers staff writers create a department, rename it, then delete it, for --seconds.</summary>
    public static async Task<int> ChurnAsync(Options options)
    {
        var org = options.Text("org", "bangkha");
        var count = options.Number("writers", 2);
        var seconds = options.Number("seconds", 60);
        using var client = StaffClient.Create(options.Text("base"), count);
        await StaffClient.SignInAsync(client, options.Text("email"), options.Text("password"), org);

        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        var prefix = "churn" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        async Task<bool> Step(Func<Task<HttpResponseMessage>> send, Action<HttpResponseMessage>? onSuccess = null)
        {
            tally.Attempt();
            try
            {
                using var response = await send();
                if (!response.IsSuccessStatusCode)
                {
                    tally.Failed(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                    return false;
                }

                onSuccess?.Invoke(response);
                tally.Acknowledged();
                return true;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                tally.Failed("connection");
                await Task.Delay(100);
                return false;
            }
        }

        async Task Writer(int writer)
        {
            for (var sequence = 0; clock.Elapsed.TotalSeconds < seconds; sequence++)
            {
                var name = $"{prefix}-{writer}-{sequence}";
                DepartmentRow? created = null;
                await Step(
                    () => client.PostAsJsonAsync(new Uri($"/api/v1/orgs/{org}/departments", UriKind.Relative), new { name }, Json),
                    r => created = r.Content.ReadFromJsonAsync<DepartmentRow>(Json).GetAwaiter().GetResult());
                if (created is null)
                {
                    continue;
                }

                var item = new Uri($"/api/v1/orgs/{org}/departments/{created.Id.ToString(CultureInfo.InvariantCulture)}", UriKind.Relative);
                await Step(() => client.PutAsJsonAsync(item, new { name = name + " (เปลี่ยนชื่อ)" }, Json));
                await Step(() => client.DeleteAsync(item));
            }
        }

        using var progress = tally.ReportEvery(TimeSpan.FromSeconds(30), "churn");
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => Writer(i))));
        Console.WriteLine($"churn: {tally} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>Every name in --acks must be among the organization's departments. Exit 1 when one is missing.</summary>
    public static async Task<int> VerifyAsync(Options options)
    {
        var org = options.Text("org", "bangkha");
        using var client = StaffClient.Create(options.Text("base"), 1);
        var rows = await client.GetFromJsonAsync<DepartmentRow[]>(new Uri($"/api/v1/orgs/{org}/departments", UriKind.Relative), Json) ?? [];
        var present = rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var acknowledged = (await File.ReadAllLinesAsync(options.Text("acks"))).Where(l => l.Length > 0).ToList();
        var acknowledgedSet = acknowledged.ToHashSet(StringComparer.Ordinal);
        var lost = acknowledged.Where(name => !present.Contains(name)).ToList();
        var prefixes = acknowledged.Select(n => n[..n.IndexOf('-', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var unacknowledged = rows.Count(r => r.Name.IndexOf('-', StringComparison.Ordinal) is > 0 and var i
            && prefixes.Contains(r.Name[..i]) && !acknowledgedSet.Contains(r.Name));

        Console.WriteLine($"acknowledged writes: {acknowledged.Count}");
        Console.WriteLine($"duplicate acknowledgements: {acknowledged.Count - acknowledgedSet.Count}");
        Console.WriteLine($"stored without an acknowledgement (answer lost in the crash): {unacknowledged}");
        foreach (var name in lost.Take(20))
        {
            Console.WriteLine("  lost: " + name);
        }

        Console.WriteLine($"acknowledged writes lost: {lost.Count}");
        return lost.Count == 0 ? 0 : 1;
    }

    /// <summary>Counts attempts, successes and failures by kind, safe from many writers.</summary>
    private sealed class Tally
    {
        private readonly ConcurrentDictionary<string, int> failures = new(StringComparer.Ordinal);
        private int attempts;
        private int acknowledged;

        public void Attempt() => Interlocked.Increment(ref attempts);

        public void Acknowledged() => Interlocked.Increment(ref acknowledged);

        public void Failed(string kind) => failures.AddOrUpdate(kind, 1, (_, n) => n + 1);

        public Timer ReportEvery(TimeSpan period, string label) =>
            new(_ => Console.Error.WriteLine($"{label}: {this}"), null, period, period);

        public override string ToString()
        {
            var failed = failures.IsEmpty
                ? "none"
                : string.Join(", ", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"));
            return $"attempts {Volatile.Read(ref attempts)}, acknowledged {Volatile.Read(ref acknowledged)}, failures {failures.Values.Sum()} ({failed})";
        }
    }
}
