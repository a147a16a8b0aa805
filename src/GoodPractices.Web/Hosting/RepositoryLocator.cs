namespace GoodPractices.Web.Hosting;

/// <summary>Finds the repository a developer runs the site from, so <c>dotnet run</c> serves its <c>practices/</c> with no setup.</summary>
public static class RepositoryLocator
{
    public const string SolutionFileName = "GoodPractices.sln";

    /// <summary>The <c>practices/</c> folder beside the solution above <paramref name="contentRoot"/>, else one inside the content root.</summary>
    public static string FindPractices(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return Path.Combine(dir.FullName, "practices");
            }
        }
        return Path.Combine(contentRoot, "practices");
    }
}
