using GoodPractices.Web.Api;

namespace GoodPractices.Web.Exports;

/// <summary>
/// The shape of <c>/data/practices.json</c>, for its OpenAPI schema. <see cref="CorpusDump"/> writes it one practice at a
/// time rather than from an instance, so that the whole corpus is never in memory; a test validates real answers against
/// the schema generated from this record.
/// </summary>
/// <param name="IndexBuilt">When the index version was built, read from its id; null for an id of another shape.</param>
public sealed record CorpusDocument(
    string Title,
    string Url,
    CorpusLicence Licence,
    string IndexVersion,
    DateTimeOffset? IndexBuilt,
    int PracticeCount,
    IReadOnlyList<PracticeDocument> Practices);

/// <summary>The terms of reuse of the content.</summary>
public sealed record CorpusLicence(string Id, string Name, string Url, string Attribution);
