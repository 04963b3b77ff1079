using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrimePreventionAward.Web.Api;

/// <summary>An endpoint whose 200 body depends on who asks (the handler decides): one of these types.</summary>
public sealed record EitherResponse(params Type[] Bodies);

/// <summary>Describes an <see cref="EitherResponse"/> endpoint's 200 body in the OpenAPI document as oneOf its types.</summary>
public sealed class EitherResponses : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EitherResponse>().FirstOrDefault() is not { } either
            || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok)
            || ok.Content is null || !ok.Content.TryGetValue("application/json", out var json))
            return;
        var bodies = new List<IOpenApiSchema>();
        foreach (var body in either.Bodies) bodies.Add(await context.GetOrCreateSchemaAsync(body, null, cancellationToken));
        json.Schema = new OpenApiSchema { OneOf = bodies };
    }
}
