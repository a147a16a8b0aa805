namespace GoodPractices.Web.Search;

/// <summary>Something in the address the page could not use as written; the page says so and carries on.</summary>
public enum SearchInputProblem
{
    PageNotANumber,
    YearNotANumber,
    UnknownSort,
    QueryShortened,
    TooManyFilters,
    AddressNotReadable,
}
