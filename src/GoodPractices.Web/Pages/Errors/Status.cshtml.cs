using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoodPractices.Web.Pages.Errors;

/// <summary>
/// The page for every error status, reached by re-execution: it keeps the original status code and says what a
/// reader can do next. It never shows exception details; those go to the log.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StatusModel : PageModel
{
    // Read from the address rather than set by a handler: re-execution keeps the original method, and a method with
    // no handler here still shows the right page.
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) && code is >= 400 and <= 599
        ? code
        : StatusCodes.Status404NotFound;

    public void OnGet() => Response.StatusCode = Code;

    // The exception handler re-executes with the original method, so a failed POST lands here too.
    public void OnPost() => Response.StatusCode = Code;
}
