using CsvHelper;
using GoodPractices.Web.Exports;

namespace GoodPractices.Web.Tests.Exports;

public sealed class CsvRowWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tindented")]
    public async Task TextThatAStartsLikeAFormulaReachesTheSpreadsheetAsText(string contributed)
    {
        var fields = await RoundTripAsync(["safe", contributed]);

        Assert.Equal(["safe", "'" + contributed], fields);
    }

    [Fact]
    public async Task CommasQuotesAndLineBreaksComeBackAsWritten()
    {
        string[] row = ["a, b", "say \"yes\"", "first\nsecond", "plain", ""];

        Assert.Equal(row, await RoundTripAsync(row));
    }

    [Fact]
    public async Task RowsEndWithCrLfAndPlainFieldsAreNotQuoted()
    {
        var text = new StringWriter();
        await using (var rows = new CsvRowWriter(text))
        {
            await rows.WriteRowAsync(["id", "title"]);
            await rows.WriteRowAsync(["it-one", "One, two"]);
        }

        Assert.Equal("id,title\r\nit-one,\"One, two\"\r\n", text.ToString());
    }

    private static async Task<string[]> RoundTripAsync(string[] row)
    {
        var text = new StringWriter();
        await using (var rows = new CsvRowWriter(text))
        {
            await rows.WriteRowAsync(new[] { "first", "second", "third", "fourth", "fifth" }[..row.Length]);
            await rows.WriteRowAsync(row);
        }
        using var csv = CsvReader.Create(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())), null, false);
        Assert.True(csv.Read());
        return Enumerable.Range(0, row.Length).Select(i => csv.GetString(i)).ToArray();
    }
}
