using GoodPractices.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace GoodPractices.Core.Content;

/// <summary>
/// An evidence level above "promising, unevaluated" is a claim that an evaluation exists: the entry must say which of
/// its sources is that evaluation (<c>evaluation: true</c>), so a reader can check the claim.
/// </summary>
public static class EvaluationSources
{
    /// <summary>The source field that marks the evaluation.</summary>
    public const string Key = "evaluation";

    /// <summary>The evidence levels that rest on a published evaluation.</summary>
    public static readonly IReadOnlySet<string> EvaluatedLevels = new HashSet<string>(StringComparer.Ordinal)
    {
        "systematic-review", "rigorous-evaluation", "evaluated-outcomes", "process-evaluation",
    };

    /// <summary>The <c>evaluation</c> flag of one source: false when absent, reported when it is not true or false.</summary>
    internal static bool Flag(YamlFields source)
    {
        if (source.Node(Key) is not { } node) return false;
        if (node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var flag)) return flag;
        source.Diagnostics.Error(source.At(node), DiagnosticCodes.WrongType, source.Name(Key),
            MessagePart.Of("wrong-type-boolean", ("field", source.Name(Key))));
        return false;
    }

    /// <summary>Warns at <c>evidence.level</c> when the level needs an evaluation and no source is marked as one.</summary>
    internal static void Check(YamlFields root, Evidence? evidence, IReadOnlyList<SourceReference>? sources)
    {
        if (evidence is null || sources is null || !EvaluatedLevels.Contains(evidence.Level)) return;
        if (sources.Any(s => s.Evaluation)) return;
        var at = root.Mapping("evidence", required: false)?.PositionOf("level") ?? root.PositionOf("evidence");
        root.Diagnostics.Warning(at, DiagnosticCodes.EvaluationSourceMissing, "evidence.level",
            MessagePart.Of("evaluation-source-missing", ("level", evidence.Level)));
    }
}
