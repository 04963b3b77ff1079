namespace CrimePreventionAward.Web.Features.Ceremony;

public enum GuestKind { Nominee, Presenter, Press, Other }
