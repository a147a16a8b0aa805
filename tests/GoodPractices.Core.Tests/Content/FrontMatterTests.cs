using GoodPractices.Core.Content;

namespace GoodPractices.Core.Tests.Content;

/// <summary>
/// The front matter split and the word count are written for speed; these hold them to the plain definitions
/// (split into lines and join again; split on white space and count the parts with a letter or digit), on the
/// edge cases a contributor can produce.
/// </summary>
public class FrontMatterTests
{
    public static TheoryData<string> Texts() =>
    [
        "",
        "---",
        "---\n",
        "---\n---",
        "---\n---\n",
        "---\n...\nbody",
        "--- \t\r\nid: a\r\n--- \r\n\r\n## Body\r\n",
        "---\nid: a\ntitle: b\n---\n## Context\n\nText.\n",
        "---\nid: a\n\n---\nbody without a final line break",
        "---\nid: a\nsummary: |\n  ---x\n----\n---\nbody\n---\nmore\n",
        "\n---\nid: a\n---\nbody",
        "----\nid: a\n---\nbody",
        "---\nid: a\nno closing fence\n",
        "---\nid: a\n  ---\nindented fence is text\n---\nbody",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void SplitGivesWhatSplittingIntoLinesGives(string text)
    {
        var expected = ReferenceSplit(text, out var expectedProblem);

        var actual = FrontMatter.Split(text, out var problem);

        Assert.Equal(expected, actual);
        Assert.Equal(expectedProblem, problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("one")]
    [InlineData("one two  three\n")]
    [InlineData("Context\n\n- item, -- — 42 x\u00a0y")]
    [InlineData("word\u2003other\u3000third -- ** 1.")]
    [InlineData("prisão détenu 監獄 \U0001F600 end")]
    public void WordsAreCountedAsSplittingOnWhiteSpaceCountsThem(string markdown) =>
        Assert.Equal(
            markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)),
            PracticeFileReader.CountWords(markdown));

    [Theory]
    [InlineData("## Context\n\nOne two three.\n\n## What it does\n\nFour five.", 5)]
    [InlineData("# Title\n###### Deep heading\nsix", 1)]
    [InlineData("#hashtag is a word, not a heading\n    ## indented code is text", 11)]
    public void SectionHeadingsAreNotCountedAsWords(string markdown, int expected) =>
        Assert.Equal(expected, PracticeFileReader.CountWords(markdown));

    private static FrontMatter? ReferenceSplit(string text, out string? problem)
    {
        problem = null;
        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            problem = "front-matter-missing";
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') is "---" or "...")
            {
                return new FrontMatter(string.Join('\n', lines[1..i]), 2, string.Join('\n', lines[(i + 1)..]), i + 2);
            }
        }
        problem = "front-matter-unclosed";
        return null;
    }
}
