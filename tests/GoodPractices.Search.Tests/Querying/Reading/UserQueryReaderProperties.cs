using CsCheck;
using GoodPractices.Search.Querying.Reading;

namespace GoodPractices.Search.Tests.Querying.Reading;

/// <summary>The query reader on any text a reader could send.</summary>
public class UserQueryReaderProperties
{
    // Pieces of syntax, mixed with any characters at all: control characters, lone surrogates, unbalanced quotes
    // and brackets, operators in odd places.
    private static readonly string[] Syntax =
    [
        "\"", "“", "”", "(", ")", "[", "]", "{", "}", " AND ", " OR ", " NOT ", "-", "+", "*", "~", "^",
        ":", "country:", "title:", "org:", "year:", " ", "\t", "\n", "\0", "\u0001", "\ud800", "\uFFFF", "prison", "drug",
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String,
        Gen.Char.Select(c => c.ToString()),
        Gen.Int[0, Syntax.Length - 1].Select(i => Syntax[i]));

    private static readonly Gen<string> AnyQuery = Gen.OneOf(
        Piece.Array[0, 30].Select(string.Concat),
        Gen.String[Gen.Char, 2000, 12000]);

    [Fact]
    public void AnyTextIsReadIntoAQueryThatCanBeShownAndReadAgain()
    {
        AnyQuery.Sample(text =>
        {
            var parsed = UserQueryReader.Read(text);

            // What the reader is told was searched, typed again, is understood the same way.
            var again = UserQueryReader.Read(parsed.Typed);
            Assert.False(again.ReadAsPlainWords);
            Assert.Equal(parsed.Understood, again.Understood);
        }, iter: 20000);
    }
}
