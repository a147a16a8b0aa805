namespace GoodPractices.Browser.Tests.Infrastructure;

/// <summary>The widths every flow is tried at: a researcher's desktop and a phone in a ministry corridor.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 900);
    public static readonly Viewport Phone = new("phone", 375, 812);

    public bool IsPhone => Width < 700;

    public static TheoryData<string> Both => new() { Desktop.Name, Phone.Name };

    /// <summary>Each of <paramref name="addresses"/> at both widths: the data of a theory over pages and viewports.</summary>
    public static TheoryData<string, string> EachAtBoth(IEnumerable<string> addresses)
    {
        var data = new TheoryData<string, string>();
        foreach (var address in addresses)
        {
            data.Add(address, Desktop.Name);
            data.Add(address, Phone.Name);
        }
        return data;
    }

    public static Viewport Named(string name) => name == Phone.Name ? Phone : Desktop;

    public override string ToString() => Name;
}
