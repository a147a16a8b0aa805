namespace GoodPractices.Web.Pages.Shared;

/// <summary>What a link preview (Open Graph, Twitter cards) shows of a page: its title, summary and absolute address.</summary>
/// <param name="Type">The Open Graph type: <c>article</c> for a practice, <c>website</c> for the other pages.</param>
public sealed record SharingMeta(string Title, string Description, string Url, string Language, string Type)
{
    /// <summary>Open Graph locales are language_TERRITORY; these are the territories the interface languages are read in most.</summary>
    public string Locale => Language switch
    {
        "fr" => "fr_FR",
        "it" => "it_IT",
        "pt" => "pt_PT",
        "cs" => "cs_CZ",
        _ => "en_GB",
    };
}
