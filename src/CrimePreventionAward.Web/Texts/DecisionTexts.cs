namespace CrimePreventionAward.Web.Texts;

// The results workbench's own texts (decision steps, reopening, CSV headers, press kit), kept in a file of their own so
// they merge beside the other areas' (Resources/Texts/DecisionTexts.en.resx).
public sealed class DecisionTexts;
