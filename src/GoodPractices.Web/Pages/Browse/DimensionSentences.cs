namespace GoodPractices.Web.Pages.Browse;

/// <summary>What each dimension tells about a practice, in one sentence (the English text is the localisation key).</summary>
public static class DimensionSentences
{
    public static string For(string dimension) => dimension switch
    {
        "country" => "The countries where the practice runs.",
        "region" => "The part of the world, as the United Nations groups countries.",
        "intervention" => "What is done: treatment, harm reduction, legal aid, alternatives to prison and more.",
        "stage" => "When in the justice process it happens, from arrest to release and after.",
        "setting" => "Where it takes place: prison, court, community, police custody.",
        "group" => "Who it is for.",
        "evidence" => "How well it is evidenced, from systematic reviews to promising practices not yet evaluated.",
        "status" => "Whether it is running now, being piloted or has ended.",
        "language" => "The languages an entry can be read in.",
        _ => "",
    };
}
