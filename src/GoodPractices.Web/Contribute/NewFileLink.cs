namespace GoodPractices.Web.Contribute;

/// <summary>
/// The address of the repository's "create a new file" page with the file name and content filled in, so a
/// contributor with an account only has to press "Propose new file". The content travels in the address, which
/// servers cut off somewhere past a few kilobytes: <see cref="MayBeTooLong"/> tells the page to stress the
/// copy and download fallback.
/// </summary>
public static class NewFileLink
{
    /// <summary>A conservative length beyond which some browsers or servers refuse the address.</summary>
    public const int SafeLength = 8000;

    public static string For(string repositoryUrl, string branch, string relativePath, string content) =>
        $"{repositoryUrl.TrimEnd('/')}/new/{branch}?filename={Uri.EscapeDataString(relativePath)}&value={Uri.EscapeDataString(content)}";

    public static bool MayBeTooLong(string link) => link.Length > SafeLength;
}
