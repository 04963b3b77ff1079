namespace CrimePreventionAward.Web.Features.Ceremony;

public enum GuestResponse { Attending, NotAttending }
