using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Practices;

/// <summary>
/// What search engines and link previews read of a page: schema.org JSON-LD on practice pages, checked against the
/// schema.org vocabulary, and Open Graph and Twitter card tags with absolute addresses on every page.
/// </summary>
public sealed class StructuredDataTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Lazy<Vocabulary> SchemaOrg = new(Vocabulary.Load);

    [Theory]
    [InlineData("/practices/pt-dissuasion-commissions")]
    [InlineData("/fr/practices/pt-dissuasion-commissions")]
    [InlineData("/practices/it-family-support-naples")]
    [InlineData("/practices/eu-naloxone-on-release")]
    public async Task APracticePageDescribesItselfWithTypesAndPropertiesSchemaOrgDefines(string address)
    {
        var item = await JsonLdAsync(site.Client(), address);

        var problems = new List<string>();
        SchemaOrg.Value.Check(item, "$", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheVocabularyCheckCatchesAPropertyOnTheWrongType()
    {
        var problems = new List<string>();
        SchemaOrg.Value.Check(JsonDocument.Parse("""{"@type": "Article", "areaServed": "PT", "about": {"@type": "Practice"}}""").RootElement, "$", problems);

        Assert.Equal(["$.areaServed is not a property of Article", "$.about: 'Practice' is not a schema.org type"], problems);
    }

    [Fact]
    public async Task ThePracticeIsAnArticleAboutAServiceWithItsPlacesProvidersSourcesAndLicence()
    {
        var item = await JsonLdAsync(site.Client(), "/fr/practices/pt-dissuasion-commissions");

        Assert.Equal("https://schema.org", item.GetProperty("@context").GetString());
        Assert.Equal("Article", item.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/fr/practices/pt-dissuasion-commissions", item.GetProperty("url").GetString());
        Assert.Equal("Commissions de dissuasion de la toxicomanie", item.GetProperty("name").GetString());
        Assert.Equal("fr", item.GetProperty("inLanguage").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", item.GetProperty("license").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", item.GetProperty("datePublished").GetString()!);
        Assert.NotEmpty(item.GetProperty("citation").EnumerateArray());
        var service = item.GetProperty("about");
        Assert.Equal("Service", service.GetProperty("@type").GetString());
        Assert.Equal("PT", service.GetProperty("areaServed")[0].GetProperty("identifier").GetString());
        Assert.Equal("Portugal", service.GetProperty("areaServed")[0].GetProperty("name").GetString());
        Assert.Contains(service.GetProperty("provider").EnumerateArray(), p => p.GetProperty("name").GetString() == "SICAD");
    }

    [Fact]
    public async Task APracticeOfNoCountryNamesNoAreaServed()
    {
        using var corpus = await Fixtures.WithPracticeOfNoCountry();
        await using var international = SiteFactory.OverIndex(corpus.Index.Path);

        var service = (await JsonLdAsync(international.Client(), "/practices/eu-naloxone-on-release")).GetProperty("about");

        Assert.False(service.TryGetProperty("areaServed", out var area), area.ToString());
        Assert.Equal("Service", service.GetProperty("@type").GetString());
    }

    [Fact]
    public async Task ContributedTextCannotCloseTheScriptItSitsIn()
    {
        using var corpus = Fixtures.CopyOfPractices();
        var file = Path.Combine(corpus.Path, "pt", "pt-dissuasion-commissions.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: Commissions for the Dissuasion of Drug Addiction",
            "title: \"Commissions </script><script>alert(1)</script> & co\"", StringComparison.Ordinal));
        using var hostile = SiteFactory.OverPractices(corpus.Path);

        var (_, body, page) = await Html.GetAsync(hostile.Client(), "/practices/pt-dissuasion-commissions");

        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        Assert.DoesNotContain("</script><script>alert(1)", body, StringComparison.Ordinal);
        var item = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Commissions </script><script>alert(1)</script> & co", item.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/", "website")]
    [InlineData("/search?q=prison", "website")]
    [InlineData("/about", "website")]
    [InlineData("/practices/pt-dissuasion-commissions", "article")]
    [InlineData("/it/practices/pt-dissuasion-commissions", "article")]
    public async Task EveryPageCarriesALinkPreviewWithAnAbsoluteAddress(string address, string type)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), address);
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");

        Assert.Equal(type, Meta("meta[property='og:type']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:description']")));
        Assert.StartsWith("http://localhost/", Meta("meta[property='og:url']"), StringComparison.Ordinal);
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        Assert.Equal(Meta("meta[property='og:title']"), Meta("meta[name='twitter:title']"));
    }

    [Fact]
    public async Task APageAskedForInFrenchWithTheQueryDeclaresTheFrenchAddressCanonical()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions?lang=fr");

        Assert.Equal("http://localhost/fr/practices/pt-dissuasion-commissions", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("http://localhost/fr/practices/pt-dissuasion-commissions", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    private static async Task<JsonElement> JsonLdAsync(HttpClient client, string address)
    {
        var (_, _, page) = await Html.GetAsync(client, address);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    /// <summary>schema.org's classes with their superclasses and its properties with the classes they belong to.</summary>
    private sealed class Vocabulary(Dictionary<string, List<string>> classes, Dictionary<string, List<string>> properties)
    {
        public static Vocabulary Load()
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemaorg", "vocabulary.json")));
            static Dictionary<string, List<string>> Read(JsonElement element) =>
                element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToList(), StringComparer.Ordinal);
            return new Vocabulary(Read(json.RootElement.GetProperty("classes")), Read(json.RootElement.GetProperty("properties")));
        }

        public void Check(JsonElement node, string path, List<string> problems)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in node.EnumerateArray()) Check(item, $"{path}[{i++}]", problems);
                return;
            }
            if (node.ValueKind != JsonValueKind.Object) return;
            if (!node.TryGetProperty("@type", out var typeElement))
            {
                problems.Add($"{path} has no @type");
                return;
            }
            var type = typeElement.GetString()!;
            if (!classes.ContainsKey(type))
            {
                problems.Add($"{path}: '{type}' is not a schema.org type");
                return;
            }
            var lineage = Lineage(type);
            foreach (var property in node.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
            {
                if (!properties.TryGetValue(property.Name, out var domains)) problems.Add($"{path}.{property.Name} is not a schema.org property");
                else if (!domains.Any(lineage.Contains)) problems.Add($"{path}.{property.Name} is not a property of {type}");
                Check(property.Value, $"{path}.{property.Name}", problems);
            }
        }

        private HashSet<string> Lineage(string type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>([type]);
            while (queue.TryDequeue(out var current))
            {
                if (!seen.Add(current)) continue;
                foreach (var parent in classes.GetValueOrDefault(current) ?? []) queue.Enqueue(parent);
            }
            return seen;
        }
    }
}
