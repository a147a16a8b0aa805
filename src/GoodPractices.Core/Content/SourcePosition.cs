namespace GoodPractices.Core.Content;

/// <summary>A 1-based line and column in a practice file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition FileStart = new(1, 1);
}
