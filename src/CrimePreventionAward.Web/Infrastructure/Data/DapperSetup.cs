using System.Data;
using System.Globalization;
using Dapper;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>SQLite hands times back as TEXT; SQL Server as DATETIMEOFFSET. Both become UTC <see cref="DateTimeOffset"/>.</summary>
public static class DapperSetup
{
    private static int done;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref done, 1) == 1) return;
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new UtcTimeHandler());
    }

    private sealed class UtcTimeHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            // One fixed UTC text form on SQLite, so ordering and comparing as text is ordering by time.
            if (parameter is Microsoft.Data.Sqlite.SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.DbType = DbType.DateTimeOffset;
                parameter.Value = value.ToUniversalTime();
            }
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset d => d.ToUniversalTime(),
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => throw new DataException($"Cannot read a time from {value.GetType().Name}."),
        };
    }
}
