using GoodPractices.Web.Hosting;

namespace GoodPractices.Web.Api;

/// <summary>The JSON API under <c>/api</c>.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api")
            .AsOpenData()
            .WithRevalidation()
            .CacheOutput(CachePolicies.IndexPage)
            .WithTags("API");

        api.MapGet("/search", ApiHandlers.Search)
            .WithName("SearchPractices")
            .WithSummary("Search practices")
            .WithDescription("One page of hits, the facet counts of the whole result with labels, the query as understood and notices. Takes the search page's parameters.")
            .WithSearchParameters(pageable: true);
        api.MapGet("/practices/{id}", ApiHandlers.Practice)
            .WithName("GetPractice")
            .WithSummary("Read one practice")
            .WithDescription("Every field, the Markdown body and its HTML rendering, and the translations. An unknown id is a 404 problem.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomy", ApiHandlers.Taxonomy)
            .WithName("GetTaxonomy")
            .WithSummary("Vocabularies, languages and regions")
            .WithDescription("Every vocabulary with labels and descriptions in every interface language, the search parameters that filter by them, the entry languages and the UN sub-regions.");
        api.MapGet("/countries", ApiHandlers.Countries)
            .WithName("ListCountries")
            .WithSummary("Countries")
            .WithDescription("Every country with its names, UN sub-region, EU membership and number of practices.");

        api.MapGet("/suggest", ApiHandlers.Suggest)
            .WithName("SuggestCompletions")
            .WithSummary("Complete what a reader is typing")
            .WithDescription("Up to 8 completions of q (at least 2 characters): titles, organisation names, vocabulary labels and country names that some practice uses. Fewer than 2 characters give an empty list.");

        // Anything else under /api is a problem details 404, not the HTML page a reader gets.
        api.MapGet("/{**rest}", (HttpContext context) => OpenDataProblems.NoSuchEndpoint(context)).ExcludeFromDescription();
        endpoints.MapGet("/api", (HttpContext context) => TypedResults.Redirect(context.Request.PathBase.Add("/developers").Value!))
            .ExcludeFromDescription();
        return endpoints;
    }
}
