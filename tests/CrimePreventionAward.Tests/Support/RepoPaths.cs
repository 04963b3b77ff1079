namespace CrimePreventionAward.Tests.Support;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Db(string provider) => Path.Combine(Root, "db", provider);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrimePreventionAward.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
