using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Localization;

/// <summary>"1 practice" or "{0} practices" in the reader's language.</summary>
public static class PracticeCount
{
    public static string Of(IStringLocalizer<Ui> text, int count) =>
        count == 1 ? text["1 practice"].Value : string.Format(text["{0} practices"].Value, count);
}
