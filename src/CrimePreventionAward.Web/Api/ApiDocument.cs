using Microsoft.AspNetCore.OpenApi;

namespace CrimePreventionAward.Web.Api;

/// <summary>How the OpenAPI document (/openapi/v1.json) is built.</summary>
public static class ApiDocument
{
    public static void Configure(OpenApiOptions o)
    {
        // A use case's nested Command/Result would all be called "Command" and "Result": name them by their use case.
        o.CreateSchemaReferenceId = type => type.Type.DeclaringType is { } outer && !type.Type.IsGenericType
            ? outer.Name + type.Type.Name
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        o.AddSchemaTransformer<NominationSchema>();
        o.AddOperationTransformer<EitherResponses>();
    }
}
