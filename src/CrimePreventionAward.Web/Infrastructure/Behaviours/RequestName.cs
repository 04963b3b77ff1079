namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

public static class RequestName
{
    /// <summary>"Editions.CreateEdition.Command" style: the use case's file and the request kind.</summary>
    public static string Of(Type type) => type.DeclaringType is { } outer
        ? $"{outer.Namespace?.Split('.').Last()}.{outer.Name}.{type.Name}"
        : type.Name;
}
