using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

public static class QueryPlans
{
    /// <summary>SQLite's plan for <paramref name="sql"/>, one step a line: what a cost test asserts instead of a timing.</summary>
    public static Task<string> QueryPlanAsync(this AwardFactory app, string sql, object args) => app.WithScope(async sp => string.Join("\n",
        (await sp.GetRequiredService<Db>().QueryAsync<(long, long, long, string)>("EXPLAIN QUERY PLAN " + sql, args)).Select(row => row.Item4)));
}
