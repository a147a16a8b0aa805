using System.Text.Json;
using CsCheck;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Content;

/// <summary>
/// The reader is the writer's oracle: any practice that <see cref="PracticeFormat"/> writes reads back as the same
/// practice, whatever its text holds (quotes, colons, a leading dash, a '#', words YAML would read as a boolean).
/// </summary>
public sealed class PracticeFormatPropertyTests
{
    private static readonly PracticeTaxonomy Taxonomy = Fixture.Taxonomy;
    private static readonly DateOnly Today = Fixture.Today;

    private const string TextCharacters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     \t\"'#:-[]{}|>%@`!&*,.?/\\()+=;~àéîõüčšžřÁÉ—–’«»§";

    private static readonly Gen<string> Word = Gen.Char[TextCharacters.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal)]
        .Array[1, 12].Select(chars => new string(chars));

    private static readonly Gen<string> Text = Gen.Char[TextCharacters].Array[1, 60]
        .Select(chars => new string(chars).Trim() is { Length: > 0 } text ? text : "x");

    private static readonly Gen<string> Slug = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 10].Select(chars => new string(chars));

    private static readonly Gen<string> Url = Gen.Select(Slug, Slug.Null(0.5), Gen.Bool,
        (host, path, secure) => $"{(secure ? "https" : "http")}://{host}.example.org/{path}{(path is null ? "" : "?a=1&b=" + path)}");

    private static readonly Gen<int> Year = Gen.Int[PracticeFileReader.EarliestStartYear, Today.Year];

    private static Gen<string[]> Terms(string vocabulary, int min, int max)
    {
        var terms = Taxonomy[vocabulary].Terms.Select(t => t.Slug).ToArray();
        return Gen.Shuffle(terms, min, Math.Min(max, terms.Length));
    }

    private static Gen<string> Term(string vocabulary) => Gen.OneOf(Taxonomy[vocabulary].Terms.Select(t => t.Slug).ToArray());

    private static readonly Gen<Practice> Practices =
        from idWords in Slug.Array[1, 4]
        from countries in Gen.Shuffle(Taxonomy.Countries.Keys.ToArray(), 1, 3)
        from title in Text
        from titleOriginal in Text.Null(0.5)
        from summaryWords in Word.Array[1, 30]
        from language in Gen.OneOf(Taxonomy.Languages.Keys.ToArray())
        from scope in Term(PracticeTaxonomy.Scopes)
        from organisations in Gen.Select(Text, Term(PracticeTaxonomy.OrganisationTypes), Url.Null(0.5), (n, t, u) => new Organisation(n, t, u)).Array[1, 3]
        from start in Year
        from end in Gen.Int[start, Today.Year].Nullable(0.5)
        from status in Term(PracticeTaxonomy.Statuses)
        from interventions in Terms(PracticeTaxonomy.InterventionTypes, 1, 3)
        from stages in Terms(PracticeTaxonomy.JusticeStages, 1, 3)
        from settings in Terms(PracticeTaxonomy.Settings, 1, 2)
        from groups in Terms(PracticeTaxonomy.TargetGroups, 1, 3)
        from level in Term(PracticeTaxonomy.EvidenceLevels)
        from outcomes in Terms(PracticeTaxonomy.Outcomes, 0, 3)
        from ratings in Gen.Select(Text, Text, Url.Null(0.5), (s, r, u) => new ExternalRating(s, r, u)).Array[0, 2]
        from unStandards in Terms(PracticeTaxonomy.UnStandards, 0, 3)
        from sources in Gen.Select(Text, Text.Null(0.5), Gen.Int[1900, Today.Year].Nullable(0.5), Url.Null(0.5), Gen.Bool,
            (t, p, y, u, e) => new SourceReference(t, p, y, u, e)).Array[1, 3]
        from related in Slug.Array[0, 2]
        from reviewedDaysAgo in Gen.Int[0, 3000]
        from bodyWords in Slug.Array[PracticeFileReader.MinimumBodyWords, 80]
        let id = string.Join('-', [PracticeFormat.IdPrefix(countries), .. idWords])
        select new Practice
        {
            Id = id,
            Title = title,
            TitleOriginal = titleOriginal,
            Summary = string.Join(' ', summaryWords) is { Length: <= PracticeFileReader.MaxSummaryLength } summary ? summary : summaryWords[0],
            Language = language,
            Countries = countries,
            Scope = scope,
            Organisations = organisations,
            StartYear = start,
            EndYear = end,
            Status = status,
            InterventionTypes = interventions,
            JusticeStages = stages,
            Settings = settings,
            TargetGroups = groups,
            Evidence = new Evidence(level, outcomes, ratings),
            UnStandards = unStandards,
            Sources = sources,
            Related = related.Select(r => "xx-related-" + r).Distinct().ToList(),
            LastReviewed = Today.AddDays(-reviewedDaysAgo),
            Body = "## Context\n\n" + string.Join(' ', bodyWords),
            SourcePath = PracticeFormat.RelativePath(countries, id),
        };

    [Fact]
    public void AnyPracticeWrittenByTheFormatReadsBackAsTheSamePractice()
    {
        Practices.Sample(practice =>
        {
            var text = PracticeFormat.Write(PracticeDraft.From(practice));

            var read = new PracticeFileReader(Taxonomy, Today).Read(text, practice.SourcePath);

            Assert.Empty(read.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            Assert.Equal(Json(practice), Json(read.Practice!));
        }, iter: 300);
    }

    [Fact]
    public void ASummaryIsFoldedIntoLinesThatFitAnEditorWindow()
    {
        Practices.Sample(practice =>
        {
            var lines = PracticeFormat.Write(PracticeDraft.From(practice)).Split('\n');

            var summary = lines.SkipWhile(line => !line.StartsWith("summary:", StringComparison.Ordinal)).ToList();
            var block = summary.Skip(1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).ToList();
            if (summary[0] == "summary: >-")
            {
                Assert.Equal(practice.Summary, string.Join(' ', block.Select(line => line.Trim())));
                Assert.All(block, line => Assert.True(line.Length <= 100, line));
            }
        }, iter: 200);
    }

    private static string Json(Practice practice) => JsonSerializer.Serialize(practice);
}
