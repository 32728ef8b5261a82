namespace Portal.Abstractions.Data;

/// <summary>The database the site runs on (<c>Portal:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
