namespace GoodPractices.Core.Tests;

/// <summary>Files of the repository itself (the real corpus, the contribution guide), found from the test assembly.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Practices => Path.Combine(Root, "practices");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoodPractices.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests run outside the repository: GoodPractices.sln was not found above " + AppContext.BaseDirectory);
    }
}
