namespace CrimePreventionAward.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, SqlServer }
