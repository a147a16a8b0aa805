using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;
using Json.Schema;

namespace GoodPractices.Web.Tests.Api;

/// <summary>
/// Real answers of every open data endpoint validated against the schemas the OpenAPI document gives for them, as a
/// strict generated client would: a property the document requires is present, a type it names is the type sent.
/// </summary>
public sealed class OpenApiConformanceTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Uri DocumentUri = new("https://goodpractices.test/openapi/v1.json");

    [Theory]
    [InlineData("/api/search", "/api/search", "200")]
    [InlineData("/api/search?q=prison&country=IT&pageSize=2", "/api/search", "200")]
    [InlineData("/api/search?q=prisn", "/api/search", "200")]
    [InlineData("/api/search?q=methadone&sort=newest&from=2000&to=2030&page=2&pageSize=1", "/api/search", "200")]
    [InlineData("/api/search?pageSize=100000&page=abc", "/api/search", "200")]
    [InlineData("/fr/api/search?q=famille", "/api/search", "200")]
    [InlineData("/api/practices/pt-dissuasion-commissions", "/api/practices/{id}", "200")]
    [InlineData("/api/practices/ie-dublin-drug-treatment-court", "/api/practices/{id}", "200")]
    [InlineData("/api/practices/it-family-support-naples", "/api/practices/{id}", "200")]
    [InlineData("/api/practices/no-such-practice", "/api/practices/{id}", "404")]
    [InlineData("/api/taxonomy", "/api/taxonomy", "200")]
    [InlineData("/api/countries", "/api/countries", "200")]
    [InlineData("/api/suggest?q=na", "/api/suggest", "200")]
    [InlineData("/api/suggest?q=n", "/api/suggest", "200")]
    [InlineData("/data/practices.json", "/data/practices.json", "200")]
    [InlineData("/practices/pt-dissuasion-commissions.json?lang=fr", "/practices/{id}.json", "200")]
    [InlineData("/practices/no-such-practice.json", "/practices/{id}.json", "404")]
    public async Task EveryAnswerMatchesItsSchemaInTheOpenApiDocument(string address, string path, string status)
    {
        var client = site.Client();
        var document = await DocumentAsync(client);
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        var content = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty(status)
            .GetProperty("content");
        Assert.True(content.TryGetProperty(mediaType, out var described), $"{address} answers {mediaType}, which the document does not name for {status}");

        var errors = Validate(document, described.GetProperty("schema"), JsonDocument.Parse(body).RootElement);
        Assert.True(errors.Count == 0, $"{address}:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task AnAnswerMissingARequiredPropertyIsCaught()
    {
        var document = await DocumentAsync(site.Client());
        var schema = JsonDocument.Parse("""{"$ref": "#/components/schemas/SearchHitResponse"}""").RootElement;
        var hit = JsonDocument.Parse("""{"id": "x", "url": "u", "apiUrl": "a", "title": "t", "summary": "s", "language": "en"}""").RootElement;

        Assert.NotEmpty(Validate(document, schema, hit));
    }

    [Fact]
    public async Task NullPropertiesAreWrittenSinceTheSchemasRequireThem()
    {
        var (_, search) = await OpenData.GetJsonAsync(site.Client(), "/api/search?q=prison");
        var (_, practice) = await OpenData.GetJsonAsync(site.Client(), "/api/practices/it-family-support-naples");

        Assert.Equal(JsonValueKind.Null, search.GetProperty("query").GetProperty("didYouMean").ValueKind);
        Assert.Equal(JsonValueKind.Null, search.GetProperty("links").GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, practice.GetProperty("endYear").ValueKind);
    }

    [Fact]
    public async Task TheDocumentTypesNumbersAsNumbersAndBoundsThePageSize()
    {
        var document = await DocumentAsync(site.Client());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var pageSize = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "pageSize").GetProperty("schema");

        Assert.Equal("integer", schemas.GetProperty("SearchResponse").GetProperty("properties").GetProperty("totalHits").GetProperty("type").GetString());
        Assert.Equal(1, pageSize.GetProperty("minimum").GetInt32());
        Assert.Equal(100, pageSize.GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task EveryOperationDocumentsTheRateLimitAndTheServerAddressHasNoTrailingSlash()
    {
        var document = await DocumentAsync(site.Client());

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var responses = path.Value.GetProperty("get").GetProperty("responses");
            Assert.True(responses.TryGetProperty("429", out var limited), $"{path.Name} does not document 429");
            Assert.True(limited.GetProperty("headers").TryGetProperty("Retry-After", out _));
        }
        foreach (var server in document.GetProperty("servers").EnumerateArray())
            Assert.False(server.GetProperty("url").GetString()!.EndsWith('/'));
        Assert.Equal(JsonValueKind.Array, document.GetProperty("security").ValueKind);
    }

    private static async Task<JsonElement> DocumentAsync(HttpClient client)
    {
        var (_, json) = await OpenData.GetJsonAsync(client, "/openapi/v1.json");
        return json;
    }

    private static List<string> Validate(JsonElement document, JsonElement schema, JsonElement instance)
    {
        var registry = new SchemaRegistry();
        registry.Register(new JsonElementBaseDocument(document, DocumentUri));
        var options = new BuildOptions { SchemaRegistry = registry };
        // The response's schema, with its "#/components/schemas/..." references read against the whole document.
        var wrapper = JsonSerializer.Serialize(new Dictionary<string, object> { ["$id"] = DocumentUri + "-response", ["allOf"] = new[] { schema } });
        var rewritten = wrapper.Replace("\"#/components/", "\"" + DocumentUri + "#/components/", StringComparison.Ordinal);
        var built = JsonSchema.FromText(rewritten, options);
        var results = built.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        var errors = (results.Details ?? []).Prepend(results).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        return errors.Count > 0 ? errors : ["the answer does not match its schema"];
    }
}
