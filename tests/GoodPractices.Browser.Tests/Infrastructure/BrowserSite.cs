using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Infrastructure;

/// <summary>
/// One site and one browser for the whole run: starting them is the slow part. The site is read-only and
/// every test opens its own browser context (own cookies, own viewport), so tests cannot affect each other.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _site;

    public string BaseUrl => _site!.BaseUrl;

    public async Task InitializeAsync()
    {
        if (!Browser.IsAvailable && !Browser.IsRequired) return;
        _site = new SiteServer();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    /// <param name="javaScript">False for a reader whose browser runs no script: the site must work for them too.</param>
    public async Task<IPage> NewPageAsync(Viewport viewport, string? locale = "en-GB", bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            Locale = locale,
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
