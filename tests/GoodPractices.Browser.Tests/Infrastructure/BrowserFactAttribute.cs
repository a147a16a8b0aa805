namespace GoodPractices.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test. Where Debian's Chromium is missing it is reported as skipped, with the command that installs
/// it; CI sets GOODPRACTICES_REQUIRE_BROWSER=1, where a missing browser fails instead of hiding the tests.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.IsAvailable && !Browser.IsRequired) Skip = Browser.MissingMessage;
    }
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Browser.IsAvailable && !Browser.IsRequired) Skip = Browser.MissingMessage;
    }
}
