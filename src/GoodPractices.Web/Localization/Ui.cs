namespace GoodPractices.Web.Localization;

/// <summary>The interface's strings: <c>IStringLocalizer&lt;Ui&gt;</c> looks them up in <c>Resources/Localization.Ui.*.resx</c>, keyed by the English text.</summary>
public sealed class Ui;
