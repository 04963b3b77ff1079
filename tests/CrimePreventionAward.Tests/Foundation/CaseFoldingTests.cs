using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class CaseFoldingTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task Case_insensitive_comparisons_fold_Danish_letters_as_SQL_Server_does()
    {
        var same = await app.WithScope(sp => sp.GetRequiredService<Db>()
            .ScalarAsync<long>("SELECT COUNT(*) WHERE LOWER(@A) = LOWER(@B)", new { A = "ÅRHUS ØSTERBRO FÆLLESSKAB", B = "århus østerbro fællesskab" }));
        same.ShouldBe(1);
    }
}
