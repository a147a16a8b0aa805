using GoodPractices.Search.Contracts;
using GoodPractices.Web.Taxonomy;

namespace GoodPractices.Web.Practices;

/// <summary>One practice in a list of results (Pages/Shared/_ResultCard), for any page that lists search hits.</summary>
public sealed record ResultCard(SearchHit Hit, TaxonomyLabels Labels);
