using System.Globalization;
using GoodPractices.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GoodPractices.Core.Tests.Content;

/// <summary>
/// The fast front matter reader must give exactly YamlDotNet's events, positions included, or decline and leave
/// the text to YamlDotNet: diagnostics point at those positions.
/// </summary>
public class SimpleYamlParserTests
{
    // The shape of a generated practice's front matter, which a large corpus is made of.
    private const string Plain = """
        id: bh-synthetic-007972
        title: Soins probation tribunal peine, l'accès
        summary: Tribunal suivi personnel garde formation familles pair prison, 12:30 https://example.org/a?b=c.
        language: fr
        countries: [BH]
        scope: local
        organisations:
          - name: Prison suivi prison garde Foundation
            type: international
          - name: Other
            type: ngo
            url: https://www.example.org
        start_year: 2005
        status: active
        intervention_types: [overdose-prevention-naloxone, prosecutorial-diversion]
        evidence:
          level: mixed-or-null
          outcomes:
            - recidivism
            - drug-use
        related: []
        last_reviewed: 2025-06-04
        """;

    public static TheoryData<string> Accepted() =>
    [
        Plain,
        "a: b\na: c",
        "a: b\nb: [ x y ,  z ]  \nc:   spaced   ",
        "a:\n  b:\n    c: d\n    e: [f]\n  g: h\ni: j",
        "a:\n  - b: c\n    d:\n      - e\n      - f\n  - g\nh: i",
        "a-b: c\n_d: é—ü\u00a0\ne: a , b",
    ];

    public static TheoryData<string> Declined() =>
    [
        "", " ", "a: b\n", "a: b\n\nc: d", "a: b # note", "a: b\r\nc: d", "a:\tb", " a: b", "1a: b", "a : b", "a:b", "? a\n: b",
        "a:", "a:  ", "a: -5", "a: 'q'", "a: \"q\"", "a: !t x", "a: &x y", "a: *x", "a: |\n  x", "a: >-\n  x\n  y",
        "a: b: c", "a: b:", "a: x\n  y", "a: {b: c}", "a: [b,]", "a: [ ]", "a: [b, [c]]", "a: [b:c]", "a: [b", "a: [b] c", "a: b ] c",
        "a:\n- b", "a: b\n - c", "a:\n  - b\n   c", "a:\n  - - b", "a:\n  -\n  - b", "a:\n  - b: c\n  d: e", "a: b\n c: d",
        "a:\n  b: c\n d: e", "a: \U0001F600", "a: b\u2028c", "---\na: b",
    ];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void TheSimpleSubsetIsReadAsYamlDotNetReadsIt(string yaml)
    {
        var parser = SimpleYamlParser.TryParse(yaml);

        Assert.NotNull(parser);
        Assert.Equal(YamlDotNetEvents(yaml), Events(parser));
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void AnythingElseIsLeftToYamlDotNet(string yaml) => Assert.Null(SimpleYamlParser.TryParse(yaml));

    [Fact]
    public void EveryFrontMatterOfTheRepositoryIsEitherReadAsYamlDotNetReadsItOrDeclined()
    {
        var files = Directory.GetFiles(Fixture.Root, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repository.Practices, "*.md", SearchOption.AllDirectories));
        var read = 0;
        foreach (var file in files)
        {
            var split = FrontMatter.Split(File.ReadAllText(file).TrimStart('\uFEFF'), out _);
            if (split is null || SimpleYamlParser.TryParse(split.Yaml) is not { } parser) continue;
            Assert.Equal(YamlDotNetEvents(split.Yaml), Events(parser));
            read++;
        }
        Assert.True(read > 20, $"only {read} front matters were in the simple subset");
    }

    private static List<string> YamlDotNetEvents(string yaml) => Events(new Parser(new StringReader(yaml)));

    private static List<string> Events(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext()) events.Add(Describe(parser.Current!));
        return events;
    }

    private static string Describe(ParsingEvent e) => string.Create(CultureInfo.InvariantCulture, $"{e.GetType().Name} {At(e.Start)}-{At(e.End)} ") + e switch
    {
        Scalar s => $"[{s.Value}] {s.Style} {s.IsPlainImplicit} {s.IsQuotedImplicit} {s.IsKey} {s.Anchor} {s.Tag}",
        MappingStart m => $"{m.Style} {m.IsImplicit} {m.Anchor} {m.Tag}",
        SequenceStart q => $"{q.Style} {q.IsImplicit} {q.Anchor} {q.Tag}",
        DocumentStart d => $"{d.IsImplicit} {d.Version}",
        DocumentEnd d => $"{d.IsImplicit}",
        _ => "",
    };

    private static string At(Mark mark) => string.Create(CultureInfo.InvariantCulture, $"{mark.Index}/{mark.Line}/{mark.Column}");
}
