using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Charts;

/// <summary>How many practices each value of a dimension has at each evidence level.</summary>
public static class EvidenceBreakdown
{
    /// <summary>
    /// Counts per value (outer key) and evidence level (inner key), with one search per evidence level: a
    /// dimension's facet counts leave out only its own selection, so filtering by a level counts exactly the
    /// practices that have both.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Count(
        IPracticeSearcher searcher, string dimension, IReadOnlyList<string> evidenceLevels, string language)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var level in evidenceLevels)
        {
            var request = new SearchRequest
            {
                PageSize = 1,
                Snippets = false,
                DisplayLanguage = language,
                Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetDimension.Evidence.Name] = [level] },
            };
            var results = searcher.Search(request);
            if (dimension == FacetDimension.Evidence.Name)
            {
                // Its own selection is left out of its counts: the level's total is the number of hits.
                if (results.TotalHits > 0) Add(level, level, results.TotalHits);
                continue;
            }
            foreach (var value in results.FacetValues(dimension))
            {
                if (value.Count > 0) Add(value.Value, level, value.Count);
            }
        }
        return counts.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, int>)pair.Value, StringComparer.Ordinal);

        void Add(string value, string level, int count)
        {
            if (!counts.TryGetValue(value, out var byLevel)) counts[value] = byLevel = new Dictionary<string, int>(StringComparer.Ordinal);
            byLevel[level] = count;
        }
    }
}
