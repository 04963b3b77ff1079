namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>Marks a page or endpoint that takes attachments, so its body may be as large as the attachments allow.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AcceptsUploadsAttribute : Attribute;
