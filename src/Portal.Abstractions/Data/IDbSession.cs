using System.Data.Common;

namespace Portal.Abstractions.Data;

/// <summary>
/// The one database connection of a request or job. Every module's DbContext in the scope uses it,
/// so a unit of work spans modules with a single transaction.
/// </summary>
public interface IDbSession
{
    DatabaseProvider Provider { get; }

    DbConnection Connection { get; }

    /// <summary>The transaction of the unit of work in progress, if any.</summary>
    DbTransaction? CurrentTransaction { get; }
}
