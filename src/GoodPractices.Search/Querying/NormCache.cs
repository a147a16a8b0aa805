using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Each text field's length norms of one reader, copied into a byte per document on first use, with the default
/// similarity's decoding table: scoring a posting is then two array reads instead of two virtual calls.
/// </summary>
internal sealed class NormCache(IndexReader reader)
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> _byField = new(StringComparer.Ordinal);

    /// <summary>The decoded norm of each of the 256 encoded values.</summary>
    public float[] Decoded { get; } = Decode(new DefaultSimilarity());

    /// <summary>The encoded norm of every document in <paramref name="field"/>, or null when the field has none.</summary>
    public byte[]? Of(string field) => _byField.GetOrAdd(field, f => new Lazy<byte[]?>(() => Read(f))).Value;

    private static float[] Decode(DefaultSimilarity similarity) =>
        Enumerable.Range(0, 256).Select(b => similarity.DecodeNormValue(b)).ToArray();

    private byte[]? Read(string field)
    {
        var values = MultiDocValues.GetNormValues(reader, field);
        if (values is null) return null;
        var norms = new byte[reader.MaxDoc];
        for (var doc = 0; doc < norms.Length; doc++) norms[doc] = (byte)values.Get(doc);
        return norms;
    }
}
