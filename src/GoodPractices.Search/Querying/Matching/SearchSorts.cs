using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>The Lucene sort of each <see cref="SearchSort"/>; every one ends on the title so that the order is stable.</summary>
internal static class SearchSorts
{
    public static Sort For(SearchSort sort, string titleLanguage)
    {
        var title = new SortField(FieldNames.TitleSort(titleLanguage), SortFieldType.STRING);
        var reviewed = new SortField(FieldNames.LastReviewed, SortFieldType.INT64, reverse: true);
        return sort switch
        {
            SearchSort.Newest => new Sort(new SortField(FieldNames.StartYearValue, SortFieldType.INT64, reverse: true), reviewed, title),
            SearchSort.Reviewed => new Sort(reviewed, title),
            SearchSort.Title => new Sort(title, reviewed),
            // Equal scores (every hit of an empty query) go to the most recently reviewed first.
            _ => new Sort(SortField.FIELD_SCORE, reviewed, title),
        };
    }
}
