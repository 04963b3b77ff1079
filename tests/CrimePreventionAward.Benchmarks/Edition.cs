using CrimePreventionAward.Web.Domain.Tally;

namespace CrimePreventionAward.Benchmarks;

/// <summary>
/// A synthetic edition shaped like a real one: every juror fills in a sheet of weighted criteria (scale 1–5) for every
/// nomination, except about one conflict per juror and 2 % of sheets left incomplete. Seeded, so every run
/// measures the same data.
/// </summary>
public sealed class Edition
{
    private static readonly double[] Weights = [0.3, 0.25, 0.2, 0.15, 0.1];

    public Edition(string name, int nominations, int jurors, int criteria)
    {
        Name = name;
        var random = new Random(2020 + nominations * 31 + jurors);
        Jurors = Enumerable.Range(1, jurors).Select(j => (long)j).ToList();
        Nominations = Enumerable.Range(1, nominations).Select(n => 1000L + n).ToList();
        Conflicts = Jurors.Select(j => (j, Nominations[random.Next(Nominations.Count)])).ToHashSet();

        var quality = Nominations.ToDictionary(n => n, _ => random.NextDouble() * 3 + 1.5);
        var harshness = Jurors.ToDictionary(j => j, _ => random.NextDouble() - 0.5);
        Sheets = [];
        foreach (var j in Jurors)
            foreach (var n in Nominations)
            {
                if (Conflicts.Contains((j, n))) continue;
                var incomplete = random.NextDouble() < 0.02;
                Sheets.Add(new Sheet(j, n, Enumerable.Range(0, criteria).Select(c =>
                    new CriterionScore(Weights[c % Weights.Length],
                        incomplete && c == criteria - 1 ? null
                            : (int)Math.Clamp(Math.Round(quality[n] - harshness[j] + random.NextDouble() * 2 - 1), 1, 5)))
                    .ToList()));
            }
        Input = new TallyInput(Jurors, Nominations, MeansOf(Sheets), Conflicts, 1, 5);
    }

    public string Name { get; }
    public IReadOnlyList<long> Jurors { get; }
    public IReadOnlyList<long> Nominations { get; }
    public HashSet<(long JurorId, long NominationId)> Conflicts { get; }
    public List<Sheet> Sheets { get; }
    public TallyInput Input { get; }

    /// <summary>The weighted mean of every complete sheet, as Features/Results/TallyData does after reading the scores.</summary>
    public static List<JurorScore> MeansOf(IEnumerable<Sheet> sheets) =>
        sheets.Select(s => (s, Mean: WeightedMean.Of(s.Criteria)))
            .Where(x => x.Mean is not null)
            .Select(x => new JurorScore(x.s.JurorId, x.s.NominationId, x.Mean!.Value))
            .ToList();

    public override string ToString() => Name;
}

public sealed record Sheet(long JurorId, long NominationId, IReadOnlyList<CriterionScore> Criteria);
