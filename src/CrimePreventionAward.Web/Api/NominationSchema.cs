using System.Reflection;
using System.Text.Json.Nodes;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrimePreventionAward.Web.Api;

/// <summary>
/// The nomination request schemas carry the form's own rules, read from <see cref="NominationForm"/> (the list the
/// validators use): required fields, maximum lengths, e-mail format, and the fixed lists as enums.
/// </summary>
public sealed class NominationSchema : IOpenApiSchemaTransformer
{
    /// <summary>The bodies a client sends with the nomination's fields (create and update).</summary>
    private static readonly Type[] Requests = [typeof(NominationEndpoints.NewNomination), typeof(NominationFields)];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || !Requests.Contains(context.JsonTypeInfo.Type) || schema.Properties is null)
            return Task.CompletedTask;
        var names = context.JsonTypeInfo.Properties
            .Where(p => p.AttributeProvider is MemberInfo)
            .ToDictionary(p => ((MemberInfo)p.AttributeProvider!).Name, p => p.Name);
        schema.Required ??= new HashSet<string>();
        foreach (var field in NominationForm.All)
        {
            if (!names.TryGetValue(field.Name, out var name) || schema.Properties[name] is not OpenApiSchema property) continue;
            property.MaxLength = field.MaxLength;
            if (field.Input == NominationForm.Input.Email) property.Format = "email";
            if (field.Required) Require(schema, name, property);
        }
        Choice(schema, names[nameof(NominationFields.CandidateKind)], NominationForm.CandidateKinds.Keys);
        Choice(schema, names[nameof(NominationFields.PoliceDistrict)], NominationForm.PoliceDistricts);
        if (schema.Properties[names[nameof(NominationFields.CandidateKind)]] is OpenApiSchema kind) Require(schema, names[nameof(NominationFields.CandidateKind)], kind);
        schema.Required.Add(names[nameof(NominationFields.ConsentGiven)]);
        return Task.CompletedTask;
    }

    /// <summary>Required means given and not empty, so null is no value a client may send.</summary>
    private static void Require(OpenApiSchema schema, string name, OpenApiSchema property)
    {
        schema.Required!.Add(name);
        property.Type = JsonSchemaType.String;
        property.MinLength = 1;
    }

    private static void Choice(OpenApiSchema schema, string name, IEnumerable<string> values)
    {
        if (schema.Properties![name] is OpenApiSchema property)
            property.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
    }
}
