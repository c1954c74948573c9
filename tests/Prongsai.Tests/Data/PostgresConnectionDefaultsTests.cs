using Npgsql;
using Prongsai.Data.Schema;

namespace Prongsai.Tests.Data;

/// <summary>The app prepares repeated statements on PostgreSQL unless the connection string says otherwise.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_prepares_repeated_statements()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=127.0.0.1;Username=postgres;Database=prongsai"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionDefaults.MinUsages, applied.AutoPrepareMinUsages);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal("prongsai", applied.Database);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=prongsai;Max Auto Prepare=0", 0)]
    [InlineData("Host=127.0.0.1;Database=prongsai;maxautoprepare=10", 10)]
    public void A_connection_string_that_names_it_keeps_its_own_value(string given, int expected)
    {
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(given)).MaxAutoPrepare);
    }

    [Fact]
    public void A_connection_string_that_asks_for_resets_gets_them()
    {
        Assert.False(new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=127.0.0.1;No Reset On Close=false")).NoResetOnClose);
    }
}
