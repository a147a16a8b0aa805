namespace GoodPractices.Web.Tests.Infrastructure;

/// <summary>Where the fixture corpus lies, and copies of it a test may change.</summary>
public static class Fixtures
{
    public static string PracticesPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "practices");

    /// <summary>A private copy of the fixture corpus in a fresh temporary folder.</summary>
    public static TempDirectory CopyOfPractices()
    {
        var temp = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(PracticesPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(PracticesPath, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return temp;
    }
}
