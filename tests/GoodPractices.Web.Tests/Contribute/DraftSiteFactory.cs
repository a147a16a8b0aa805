using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoodPractices.Web.Tests.Contribute;

/// <summary>
/// The site over a private copy of the fixture corpus holding one broken file, in a chosen environment, for the
/// live preview of draft errors.
/// </summary>
public sealed class DraftSiteFactory(string environment, bool? showDraftErrors = null) : WebApplicationFactory<Program>
{
    public const string BrokenId = "it-broken-draft";

    private readonly TempDirectory _practices = CopyWithBrokenFile();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("GoodPractices:PracticesPath", _practices.Path);
        builder.UseSetting("GoodPractices:IndexPath", "");
        builder.UseSetting("GoodPractices:WatchPractices", "false");
        if (showDraftErrors is { } show) builder.UseSetting("GoodPractices:ShowDraftErrors", show ? "true" : "false");
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _practices.Dispose();
    }

    private static TempDirectory CopyWithBrokenFile()
    {
        var copy = Fixtures.CopyOfPractices();
        File.WriteAllText(Path.Combine(copy.Path, "it", BrokenId + ".md"), """
            ---
            id: it-broken-draft
            title: A draft with mistakes
            summary: A practice a contributor is still writing.
            language: en
            countries: [IT]
            scope: local
            organisations:
              - name: Draft Association
                type: ngo
            start_year: 1800
            status: active
            intervention_types: [family-support]
            justice_stages: [post-release]
            settings: [community]
            target_groups: [adults]
            evidence:
              level: promising-unevaluated
            sources:
              - title: A leaflet
                url: javascript:alert(1)
            last_reviewed: 2026-07-01
            ---
            ## Context

            Too short.
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        return copy;
    }
}
