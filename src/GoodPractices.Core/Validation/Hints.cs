namespace GoodPractices.Core.Validation;

/// <summary>The "did you mean" sentence for the closest valid values, or none.</summary>
internal static class Hints
{
    public static MessagePart? DidYouMean(IReadOnlyList<string> closest) => closest.Count switch
    {
        0 => null,
        1 => MessagePart.Of("did-you-mean", ("value", closest[0])),
        _ => MessagePart.Of("closest-values", ("values", string.Join(", ", closest.Select(c => $"'{c}'")))),
    };
}
