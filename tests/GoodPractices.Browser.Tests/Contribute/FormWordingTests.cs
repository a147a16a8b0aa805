using System.Text.RegularExpressions;
using GoodPractices.Browser.Tests.Infrastructure;

namespace GoodPractices.Browser.Tests.Contribute;

/// <summary>An empty form checked in English and in French: every message speaks of the form, none of the file.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FormWordingTests(BrowserSite site)
{
    [GeneratedRegex(@"[a-z]+_[a-z]+|\w\[\d+\]|\[[\w-]+, [\w-]+\]|##|front matter|en-tête")]
    private static partial Regex FileWords();

    [BrowserTheory]
    [InlineData("/contribute", "Fill in “Title”: it is required.")]
    [InlineData("/fr/contribute", "Remplissez « Titre » : ce champ est obligatoire.")]
    public async Task AnEmptyFormIsToldWhatToFillInInTheFormsWords(string address, string titleMessage)
    {
        var page = await site.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync(address);
        await page.FillAsync("#f-organisations-1-name", "Gate to Care");

        await page.Locator("#contribute-form button[type=submit]").Last.ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        var messages = await page.Locator(".error-summary li").AllInnerTextsAsync();
        Assert.True(messages.Count >= 5, string.Join("\n", messages));
        Assert.All(messages, message => Assert.DoesNotMatch(FileWords(), message));
        Assert.Contains(messages, m => m.Contains(titleMessage, StringComparison.Ordinal));
        // The organisation row's type is named by its row and label, as the form shows it.
        Assert.Contains(messages, m => m.Contains(" 1: type", StringComparison.Ordinal));
    }
}
