using System.Buffers;
using System.Text.Json;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Api;

namespace GoodPractices.Web.Exports;

/// <summary>
/// <c>/data/practices.json</c>: every practice of one index version with its translations, and the terms of reuse.
/// Written as it is read, one practice at a time.
/// </summary>
public static class CorpusDump
{
    private const int FlushThreshold = 32 * 1024;

    public static async Task WriteAsync(Stream body, IPracticeSearcher searcher, string siteRoot, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        // The serializer flushes its writer synchronously, which the server refuses: write to a buffer, send the buffer.
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteString("title", "GoodPractices knowledge base");
        writer.WriteString("url", siteRoot + "/");
        writer.WriteStartObject("licence");
        writer.WriteString("id", OpenDataPolicies.ContentLicence);
        writer.WriteString("name", "Creative Commons Attribution 4.0 International");
        writer.WriteString("url", OpenDataPolicies.ContentLicenceUrl);
        writer.WriteString("attribution", $"GoodPractices knowledge base, {siteRoot}/ — cite each practice by its address.");
        writer.WriteEndObject();
        writer.WriteString("indexVersion", searcher.Version);
        if (OpenDataIndex.BuiltAt(searcher.Version) is { } built) writer.WriteString("indexBuilt", built);
        else writer.WriteNull("indexBuilt");
        writer.WriteNumber("practiceCount", searcher.PracticeCount);
        writer.WriteStartArray("practices");
        foreach (var practice in searcher.SearchAll(new SearchRequest { Sort = SearchSort.Title }).Practices)
        {
            JsonSerializer.Serialize(writer, PracticeDocuments.From(practice, searcher.Taxonomy, siteRoot, renderer: null), options);
            if (buffer.WrittenCount > FlushThreshold) await SendAsync(writer, buffer, body, cancellationToken).ConfigureAwait(false);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await SendAsync(writer, buffer, body, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SendAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream body, CancellationToken cancellationToken)
    {
        writer.Flush();
        await body.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }
}
