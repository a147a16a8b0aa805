namespace GoodPractices.Search.Querying.Reading;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Minus,
    Plus,
    Open,
    Close,
    And,
    Or,
    Not,
}

/// <summary>One piece of a reader's query text, before parsing.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text);
