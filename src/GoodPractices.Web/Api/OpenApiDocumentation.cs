using GoodPractices.Search.Contracts;
using GoodPractices.Web.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GoodPractices.Web.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: the open data endpoints only, with the search parameters spelled out.</summary>
public static class OpenApiDocumentation
{
    public const string DocumentName = "v1";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.ActionDescriptor.EndpointMetadata.OfType<OpenDataEndpoint>().Any();
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "GoodPractices open data",
                Version = DocumentName,
                Description = "Search, read and export the GoodPractices knowledge base of good practices for working with people who " +
                    "use drugs in contact with the criminal justice system. Every search endpoint takes the search page's parameters. " +
                    "The content is published under CC BY 4.0: cite the knowledge base and the practice when you reuse it.",
                License = new OpenApiLicense { Name = "Content: CC BY 4.0", Url = new Uri(OpenDataPolicies.ContentLicenceUrl) },
            };
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            // A server address ends without a slash, so that a client joining it with a path ("/api/search") gets one slash.
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            // Reading is open to anyone: one empty requirement says so explicitly.
            document.Security = [new OpenApiSecurityRequirement()];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= [];
            // Every open data endpoint counts against the per-client limit and answers 503 before an index is open.
            operation.Responses.TryAdd("429", Problem("Too many requests from this address: wait for the seconds in Retry-After.", retryAfter: true));
            operation.Responses.TryAdd("503", Problem("No index version is being served yet: try again in a minute."));
            operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not modified: the ETag or date sent with If-None-Match or If-Modified-Since is still current." });

            var metadata = context.Description.ActionDescriptor.EndpointMetadata.OfType<SearchParametersMetadata>().FirstOrDefault();
            if (metadata is null) return Task.CompletedTask;
            operation.Parameters ??= [];
            foreach (var parameter in SearchParameters(metadata.Pageable)) operation.Parameters.Add(parameter);
            return Task.CompletedTask;
        });
    }

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["API"] = "Search practices, read one, and list the vocabularies and countries, as JSON.",
        ["Feeds"] = "Follow a search, or every new and reviewed practice, as an Atom feed.",
        ["Exports"] = "Every practice a search matches as CSV or JSON Lines, and the whole corpus as one JSON document.",
        ["Citations"] = "Cite one practice in BibTeX, RIS or CSL-JSON.",
    };

    private static OpenApiResponse Problem(string description, bool retryAfter = false)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") },
            },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again.", Schema = Integer(minimum: 1) },
            };
        }
        return response;
    }

    private static IEnumerable<OpenApiParameter> SearchParameters(bool pageable)
    {
        yield return Query("q", String(), $"Words to search for; AND, OR, NOT, quotes and brackets are understood. At most {SearchQuery.MaxQueryLength} characters are used.");
        foreach (var dimension in FacetDimension.All)
        {
            var values = dimension.Vocabulary is { } vocabulary ? $"slugs of the '{vocabulary}' vocabulary (see /api/taxonomy)"
                : dimension == FacetDimension.Country ? "ISO 3166-1 alpha-2 codes" : dimension == FacetDimension.Region ? "UN M49 sub-region slugs" : "ISO 639-1 codes";
            yield return Query(dimension.Name, new OpenApiSchema { Type = JsonSchemaType.Array, Items = String() },
                $"Filter by {dimension.Name}: {values}. Repeat the parameter for several values, which combine with OR; dimensions combine with AND.");
        }
        yield return Query("from", Integer(), "Earliest start year.");
        yield return Query("to", Integer(), "Latest start year.");
        yield return Query("sort", new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = [.. Enum.GetValues<SearchSort>().Select(s => (System.Text.Json.Nodes.JsonNode)SearchUrls.SortName(s))],
        }, "Order of the results: relevance (default), newest (start year), reviewed (last reviewed), title.");
        if (pageable)
        {
            yield return Query("page", Integer(minimum: 1), "1-based page; a page beyond the last is answered with the last, and a notice.");
            yield return Query(SearchInput.PageSizeKey, Integer(minimum: 1, maximum: SearchRequest.MaxPageSize),
                $"Hits per page, {SearchRequest.DefaultPageSize} by default, at most {SearchRequest.MaxPageSize}; a value out of range is clamped to 1..{SearchRequest.MaxPageSize}, with a notice.");
        }
        yield return Query("lang", String(), "Interface language of labels, titles and notices: en, fr, it, pt or cs. A /fr/ prefix on the path does the same.");
    }

    private static OpenApiParameter Query(string name, OpenApiSchema schema, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = schema,
    };

    private static OpenApiSchema String() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema Integer(int? minimum = null, int? maximum = null) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
