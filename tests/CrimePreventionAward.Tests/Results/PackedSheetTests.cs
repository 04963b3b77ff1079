using System.Globalization;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Results;

/// <summary>
/// A packed score sheet ("criterion:value,…" as the database writes it) is read digit by digit. It must put every
/// value where splitting the text and parsing each number puts it, and refuse what that refuses.
/// </summary>
public sealed class PackedSheetTests
{
    private static readonly Dictionary<long, int> Position = new() { [7] = 0, [12] = 1, [3] = 2, [9_000_000_000_000_000_001] = 3, [0] = 4 };

    /// <summary>How a packed sheet was read before: split at the commas, each pair at its colon, both numbers parsed.</summary>
    private static int?[] Split(string packed)
    {
        var values = new int?[Position.Count];
        foreach (var pair in packed.Split(','))
        {
            var colon = pair.IndexOf(':');
            if (Position.TryGetValue(long.Parse(pair[..colon], CultureInfo.InvariantCulture), out var i))
                values[i] = int.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture);
        }
        return values;
    }

    private static int?[] Unpacked(string packed)
    {
        var values = new int?[Position.Count];
        TallyData.Unpack(packed, Position, values);
        return values;
    }

    [Fact]
    public void Every_value_lands_at_its_criterions_place_whatever_the_order()
    {
        var random = new Random(15);
        for (var round = 0; round < 500; round++)
        {
            var expected = new int?[Position.Count];
            var pairs = new List<string>();
            foreach (var (criterion, i) in Position.OrderBy(_ => random.Next()))
            {
                if (random.Next(4) == 0) continue;
                expected[i] = random.Next(-20, 1000);
                pairs.Add($"{criterion}:{expected[i]}");
            }
            if (random.Next(3) == 0) pairs.Insert(random.Next(pairs.Count + 1), $"{random.Next(100, 200)}:4"); // another edition's criterion
            if (pairs.Count == 0) continue;
            var packed = string.Join(',', pairs);

            Unpacked(packed).ShouldBe(expected, packed);
        }
    }

    [Theory]
    [InlineData("7:1")]
    [InlineData("7:0,12:-0,3:-1")]
    [InlineData("7:2147483647,12:-2147483648")]
    [InlineData("9000000000000000001:5,0:3")]
    [InlineData("007:0005,012:1")]
    [InlineData("7:1,7:2")]
    [InlineData("99999999999999999:4")]
    [InlineData(" 7:1,12: 2")]
    [InlineData("+7:+3")]
    [InlineData("-12:4")]
    [InlineData("150:x,7:1")]
    public void Edge_values_read_as_the_parsed_text_reads_them(string packed)
    {
        Unpacked(packed).ShouldBe(Split(packed));
    }

    [Theory]
    [InlineData("", typeof(ArgumentOutOfRangeException))]
    [InlineData("7", typeof(ArgumentOutOfRangeException))]
    [InlineData("7:1,", typeof(ArgumentOutOfRangeException))]
    [InlineData(":1", typeof(FormatException))]
    [InlineData("7:", typeof(FormatException))]
    [InlineData("7:x", typeof(FormatException))]
    [InlineData("7:1.5", typeof(FormatException))]
    [InlineData("7:1:2", typeof(FormatException))]
    [InlineData("7:2147483648", typeof(OverflowException))]
    [InlineData("7:-2147483649", typeof(OverflowException))]
    [InlineData("99999999999999999999:1", typeof(OverflowException))]
    [InlineData("7:--1", typeof(FormatException))]
    [InlineData("7:1;12:2", typeof(FormatException))]
    public void Malformed_text_is_refused_as_the_parsed_text_refuses_it(string packed, Type refusal)
    {
        Should.Throw(() => Split(packed), refusal);
        Should.Throw(() => Unpacked(packed), refusal);
    }
}
