namespace CrimePreventionAward.Web.Texts;

// Each marker names one area's English resource file: Resources/Texts/<Name>.en.resx (keys are the Danish texts).
public sealed class NominationTexts;

public sealed class JuryTexts;

public sealed class ResultsTexts;

public sealed class CeremonyTexts;

public sealed class SecretariatTexts;

public sealed class PrivacyTexts;

public sealed class WorkbenchTexts;

public sealed class AccountTexts;

public sealed class PublicTexts;
