using System.Reflection;

namespace GoodPractices.Search.Querying;

/// <summary>The word lists shipped in the search assembly (<c>Synonyms.txt</c>, <c>PlaceNames.txt</c> and the others).</summary>
internal static class EmbeddedText
{
    /// <summary>The whole text of the embedded file <paramref name="fileName"/> (its logical name without the prefix).</summary>
    public static string Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GoodPractices.Search.Querying." + fileName)
            ?? throw new InvalidOperationException($"{fileName} is not embedded in the search assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
