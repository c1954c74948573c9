namespace Prongsai.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
