using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright; never a downloaded browser.</summary>
public static class Browser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage = "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    public static bool IsAvailable => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable("GOODPRACTICES_REQUIRE_BROWSER") == "1";

    // Without the background-networking flags Chromium tries to reach its vendor's services at every start.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
        return (playwright, browser);
    }
}
