using DuckDB.NET.Data;

namespace Insights.Benchmarks;

/// <summary>DuckDB as the reading benchmarks' baseline: an in-memory database counting on every core.</summary>
internal static class DuckDb
{
    /// <summary>Opens an in-memory DuckDB with as many threads as this machine has cores.</summary>
    internal static DuckDBConnection OpenInMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET threads = {Environment.ProcessorCount}";
        command.ExecuteNonQuery();
        return connection;
    }
}
