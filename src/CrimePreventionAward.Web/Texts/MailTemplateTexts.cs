namespace CrimePreventionAward.Web.Texts;

// The mail templates' titles and placeholder descriptions as the secretariat sees them, and the refusals of an edited
// text: their own file (Resources/Texts/MailTemplateTexts.en.resx), beside the templates' own English texts.
public sealed class MailTemplateTexts;
