using System.Data.Common;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Called by every module DbContext of the scope, so that a unit of work ending releases its
    /// transaction from them and, when it rolled back, forgets the changes they were tracking.
    /// </summary>
    void Register(DbContext context);
}
