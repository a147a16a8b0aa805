namespace GoodPractices.Core.Validation;

/// <summary>Stable codes for every problem the validator reports; documented in CONTRIBUTING.md.</summary>
public static class DiagnosticCodes
{
    public const string FrontMatterMissing = "GP001";
    public const string YamlSyntax = "GP002";
    public const string RequiredFieldMissing = "GP003";
    public const string WrongType = "GP004";
    public const string UnknownField = "GP005";
    public const string UnknownVocabularyValue = "GP006";
    public const string DuplicateId = "GP007";
    public const string IdDiffersFromFileName = "GP008";
    public const string UnknownCountry = "GP009";
    public const string UnknownRelatedId = "GP010";
    public const string BadUrl = "GP011";
    public const string YearOutOfRange = "GP012";
    public const string ReviewDateInFuture = "GP013";
    public const string BodyTooShort = "GP014";
    public const string TranslationOriginalMissing = "GP015";
    public const string NotUtf8 = "GP016";
    public const string InvalidId = "GP017";
    public const string TextTooLong = "GP018";
    public const string InvalidDate = "GP019";
    public const string UnknownLanguage = "GP020";
    public const string TranslationLanguageMismatch = "GP021";
    public const string DuplicateValue = "GP022";
    public const string FieldNotAllowedInTranslation = "GP023";
    public const string RelatedToItself = "GP024";
    public const string EvaluationSourceMissing = "GP025";
    public const string FileTooLarge = "GP030";
    public const string LinkOutsideCorpus = "GP031";
}
