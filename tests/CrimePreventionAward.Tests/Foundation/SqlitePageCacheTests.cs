using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class SqlitePageCacheTests(SqliteAwardFactory app) : IClassFixture<SqliteAwardFactory>
{
    [Fact]
    public async Task A_connection_from_the_factory_keeps_a_page_cache_of_256_KiB()
    {
        var factory = app.Services.GetRequiredService<ConnectionFactory>();

        await using var connection = await factory.OpenAsync();

        (await CacheSizeAsync(connection)).ShouldBe(-256);
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_keeps_the_bounded_page_cache()
    {
        var factory = app.Services.GetRequiredService<ConnectionFactory>();
        await using (var first = await factory.OpenAsync())
        {
            await using var widen = first.CreateCommand();
            widen.CommandText = "PRAGMA cache_size = -8192";
            await widen.ExecuteNonQueryAsync();
        }

        await using var again = await factory.OpenAsync();

        (await CacheSizeAsync(again)).ShouldBe(-256);
    }

    private static async Task<long> CacheSizeAsync(System.Data.Common.DbConnection connection)
    {
        connection.ShouldBeOfType<SqliteConnection>();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
