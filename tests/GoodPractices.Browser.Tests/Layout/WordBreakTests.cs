using GoodPractices.Browser.Tests.Infrastructure;

namespace GoodPractices.Browser.Tests.Layout;

/// <summary>
/// The site lets long words break anywhere, so that a long address never widens a phone's page. A short word or
/// number must never be the one that breaks: "2" above "3" reads as two numbers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WordBreakTests(BrowserSite site)
{
    public static TheoryData<string, string> PagesAndWidths() => Viewport.EachAtBoth(
        Pages.EveryPageType.Concat(["/search", "/browse", "/countries", "/compare?countries=IT&countries=PT&countries=CZ", "/contribute"]));

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task NoShortWordOrNumberIsBrokenAcrossLines(string url, string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync(url);
        // Every disclosure open, so that what it holds is laid out too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        // Each word of up to six letters or digits in the visible text; one broken across lines has a box per line.
        var broken = await page.EvaluateAsync<string[]>("""
            () => {
              const found = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const owner = node.parentElement;
                if (!owner || owner.closest('.visually-hidden, script, style, [hidden]')) continue;
                if (owner.getClientRects().length === 0) continue;
                for (const match of node.textContent.matchAll(/[\p{L}\p{N}]{1,6}/gu)) {
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) found.push(`"${match[0]}" in "${node.textContent.trim().slice(0, 60)}"`);
                }
              }
              return found;
            }
            """);

        Assert.Empty(broken);
    }
}
