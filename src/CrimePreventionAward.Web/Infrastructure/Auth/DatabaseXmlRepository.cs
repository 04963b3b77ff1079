using System.Xml.Linq;
using CrimePreventionAward.Web.Infrastructure.Data;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CrimePreventionAward.Web.Infrastructure.Auth;

/// <summary>Data-protection keys in the database, so a cookie issued by one instance is read by every other.</summary>
public sealed class DatabaseXmlRepository(ConnectionFactory factory) : IXmlRepository
{
    // Only a key stored before keys were encrypted holds its masterKey in clear.
    private const string DeletePlain = "DELETE FROM DataProtectionKeys WHERE Xml LIKE '%<masterKey%'";

    /// <summary>
    /// Deletes keys stored unencrypted (by a version before the certificate), which would let a copy of the database
    /// sign cookies. A new, encrypted key is made on first use; whoever was signed in signs in again.
    /// </summary>
    public int DeletePlainKeys()
    {
        using var connection = factory.OpenAsync().GetAwaiter().GetResult();
        return connection.Execute(DeletePlain);
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = factory.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<string>("SELECT Xml FROM DataProtectionKeys ORDER BY Id").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = factory.OpenAsync().GetAwaiter().GetResult();
        connection.Execute("INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES (@FriendlyName, @Xml)",
            new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
