using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// The live preview's answer for a practice that is not in the index because its file has errors: the file's
/// problems, line by line, in the reader's language. Only where draft errors are shown (Development by default).
/// </summary>
public static class DraftErrorsPage
{
    public const string ViewName = "/Pages/Contribute/_DraftErrors.cshtml";

    /// <summary>The page of problems for <paramref name="id"/>, or null when there is none to show (then: not found).</summary>
    public static IActionResult? For(PageModel page, string id)
    {
        var services = page.HttpContext.RequestServices;
        if (!Enabled(services)) return null;
        var files = services.GetRequiredService<DraftDiagnostics>().For(id);
        if (files.Count == 0) return null;

        // The problems change with the file, not with the index version the page cache is keyed on.
        if (page.HttpContext.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
        page.Response.Headers.CacheControl = "no-store";
        page.Response.Headers["X-Robots-Tag"] = "noindex";
        return page.Partial(ViewName, new DraftErrorsModel(id, files));
    }

    public static bool Enabled(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DraftErrorOptions>>().Value.ShowDraftErrors
            ?? services.GetRequiredService<IHostEnvironment>().IsDevelopment();
}

/// <summary>What the draft errors page shows: the id asked for and its files with problems.</summary>
public sealed record DraftErrorsModel(string Id, IReadOnlyList<DraftFile> Files);
