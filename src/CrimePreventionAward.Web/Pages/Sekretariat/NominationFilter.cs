using CrimePreventionAward.Web.Features.Nominations;
using Microsoft.AspNetCore.Http.Extensions;

namespace CrimePreventionAward.Web.Pages.Sekretariat;

/// <summary>
/// The nomination list's search, filters and order as GET parameters, read in one place so the list, its bulk
/// screening and each nomination's next/previous links keep the same selection.
/// </summary>
public sealed record NominationFilter(string? Status, string? Kind, string? PoliceDistrict, string? Screening, string? Search, string? Sort)
{
    public static NominationFilter From(IQueryCollection query) =>
        new(Get(query, nameof(Status)), Get(query, nameof(Kind)), Get(query, nameof(PoliceDistrict)), Get(query, nameof(Screening)),
            Get(query, nameof(Search)), Get(query, nameof(Sort)));

    public GetNominationsPage.Query For(int year) => new(year, Status, Kind, PoliceDistrict, Screening, Search, Sort);

    public GetNominationPage.Query ForNomination(long id) => new(id, Status, Kind, PoliceDistrict, Screening, Search, Sort);

    /// <summary>"?Status=…&amp;Search=…" with the values given, or "" when nothing is chosen.</summary>
    public string Suffix => With(null);

    /// <summary>The selection's parameters plus one more (e.g. a page handler).</summary>
    public string With(string? handler)
    {
        var builder = new QueryBuilder();
        if (handler is not null) builder.Add("handler", handler);
        foreach (var (name, value) in Pairs()) builder.Add(name, value);
        return builder.ToQueryString().ToString();
    }

    private IEnumerable<(string, string)> Pairs()
    {
        if (Status is not null) yield return (nameof(Status), Status);
        if (Kind is not null) yield return (nameof(Kind), Kind);
        if (PoliceDistrict is not null) yield return (nameof(PoliceDistrict), PoliceDistrict);
        if (Screening is not null) yield return (nameof(Screening), Screening);
        if (Search is not null) yield return (nameof(Search), Search);
        if (Sort is not null) yield return (nameof(Sort), Sort);
    }

    private static string? Get(IQueryCollection query, string name) =>
        query[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
