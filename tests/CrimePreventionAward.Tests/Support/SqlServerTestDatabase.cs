using Microsoft.Data.SqlClient;

namespace CrimePreventionAward.Tests.Support;

/// <summary>A fresh database per test host on the SQL Server named by CPA_TEST_SQLSERVER (the Azure pipeline's job).</summary>
public static class SqlServerTestDatabase
{
    public static string Create(string serverConnectionString)
    {
        var name = "cpa_" + Guid.NewGuid().ToString("N");
        using (var connection = new SqlConnection(serverConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE [{name}]";
            command.ExecuteNonQuery();
        }
        return new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = name }.ConnectionString;
    }
}
