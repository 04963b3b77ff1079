namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>
/// The transaction that held this command's writes did not commit (the commit failed, or SQLite rolled the shared
/// transaction back after another command's error), so nothing of the command was stored.
/// </summary>
public sealed class GroupCommitAborted(Exception cause)
    : Exception("The group commit holding this command's writes failed; nothing of it was stored.", cause);
