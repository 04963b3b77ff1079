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
        OpenApiSchema? Property(string member) =>
            names.TryGetValue(member, out var name) ? schema.Properties[name] as OpenApiSchema : null;
        schema.Required ??= new HashSet<string>();
        foreach (var field in NominationForm.All)
        {
            if (Property(field.Name) is not { } property) continue;
            property.MaxLength = field.MaxLength;
            if (field.Input == NominationForm.Input.Email) property.Format = "email";
            if (field.Required) Require(schema, names[field.Name], property);
        }
        // The candidate kind is not in NominationForm's field list, yet required all the same (RequiredFields).
        if (Property(nameof(NominationFields.CandidateKind)) is { } kind)
        {
            Require(schema, names[nameof(NominationFields.CandidateKind)], kind);
            Choice(kind, NominationForm.CandidateKinds.Keys);
        }
        if (Property(nameof(NominationFields.PoliceDistrict)) is { } district) Choice(district, NominationForm.PoliceDistricts);
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

    private static void Choice(OpenApiSchema property, IEnumerable<string> values) =>
        property.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
}
