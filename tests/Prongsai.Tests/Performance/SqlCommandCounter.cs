using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Performance;

/// <summary>
/// Counts the SQL commands EF Core sends to one test app's database, through EF's own diagnostic events: nothing in
/// the app is replaced. Other apps in the same test process use other databases, so their commands are not counted.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<DbConnection, bool> isThisApp;
    private readonly List<IDisposable> subscriptions = [];
    private readonly Lock gate = new();
    private int count;

    public SqlCommandCounter(ProngsaiApp app)
    {
        var postgresDatabase = app.Provider == DbProvider.Postgres
            ? new Npgsql.NpgsqlConnectionStringBuilder(app.Settings["ConnectionStrings:Prongsai"]).Database
            : null;
        isThisApp = connection => postgresDatabase is null
            ? connection.DataSource.StartsWith(app.DataDirectory, StringComparison.Ordinal)
            : connection.Database == postgresDatabase;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (gate)
            {
                subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandEventData { Command.Connection: { } connection } && isThisApp(connection))
        {
            Interlocked.Increment(ref count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (gate)
        {
            subscriptions.ForEach(s => s.Dispose());
            subscriptions.Clear();
        }
    }
}
