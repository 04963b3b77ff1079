namespace CrimePreventionAward.Web.Texts;

// The jurors' experience (vote call, score sheet help, jury pack) and the compact criteria form: their own file, so
// they translate without touching another area's.
public sealed class JurorTexts;
