using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;

namespace Portal.Testing;

public static class SearchTasks
{
    /// <summary>
    /// Rows of the search module's indexing-task log for <paramref name="source"/>, read with plain SQL on the site's
    /// connection (the log belongs to the search module), e.g. to show that a change wrote none while search was off.
    /// </summary>
    public static Task<int> CountSearchTasksAsync(this PortalFactory factory, string source) => factory.WithScopeAsync(async sp =>
    {
        var connection = sp.GetRequiredService<IDbSession>().Connection;
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Search_Tasks\" WHERE \"Source\" = @source";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "source";
        parameter.Value = source;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    });
}
