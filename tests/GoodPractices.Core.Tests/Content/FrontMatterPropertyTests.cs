using CsCheck;
using GoodPractices.Core.Content;

namespace GoodPractices.Core.Tests.Content;

/// <summary>The split is checked against the file it was built from: fences around any lines, then any body.</summary>
public sealed class FrontMatterPropertyTests
{
    // Lines of anything but a line break, fences and near-fences included; a line that is a fence is left out below.
    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Char["-. \t\r:#abc\"'"].Array[0, 6].Select(chars => new string(chars)),
        Gen.String);

    private static bool IsFence(string line) => line.TrimEnd('\r', ' ', '\t') is "---" or "...";

    [Fact]
    public void TheYamlIsTheLinesBetweenTheFencesAndTheBodyIsEverythingAfter()
    {
        Gen.Select(Line.Where(l => !l.Contains('\n', StringComparison.Ordinal) && !IsFence(l)).Array[0, 8], Gen.String, Gen.OneOf("---", "...", "--- ", "---\r"))
            .Sample((lines, body, closing) =>
            {
                var text = "---\n" + string.Concat(lines.Select(l => l + "\n")) + closing + "\n" + body;

                var split = FrontMatter.Split(text, out var problem);

                Assert.Null(problem);
                Assert.NotNull(split);
                Assert.Equal(string.Join('\n', lines), split.Yaml);
                Assert.Equal(body, split.Body);
                Assert.Equal(2, split.YamlFirstLine);
                Assert.Equal(lines.Length + 3, split.BodyFirstLine);
            }, iter: 2000);
    }

    [Fact]
    public void AFileWhoseFrontMatterIsNeverClosedIsRefusedWithItsReason()
    {
        Line.Where(l => !l.Contains('\n', StringComparison.Ordinal) && !IsFence(l)).Array[0, 8]
            .Sample(lines =>
            {
                var split = FrontMatter.Split("---\n" + string.Join('\n', lines), out var problem);

                Assert.Null(split);
                Assert.Equal("front-matter-unclosed", problem);
            }, iter: 1000);
    }
}
