namespace GoodPractices.Core.Validation;

/// <summary>One sentence of a diagnostic: a key into the message catalog and the values of its named placeholders.</summary>
public sealed record MessagePart(string Key, IReadOnlyDictionary<string, string> Arguments)
{
    public static MessagePart Of(string key, params (string Name, object? Value)[] arguments) =>
        new(key, arguments.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    public string In(string language) => ValidationMessages.Format(this, language);
}
