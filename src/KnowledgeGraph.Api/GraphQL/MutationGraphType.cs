using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<ImportResultGraphType>>("importDocument")
            .Description("Adds or replaces a document; it is written to the documents folder before this answers. Needs X-Api-Key.")
            .Argument<NonNullGraphType<ImportDocumentInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                Authorize(ctx);
                var input = ctx.GetArgument<ImportDocumentInput>("input");
                return await AsUserError(() => Library(ctx).AddAsync(input.Name, Content(input), ctx.CancellationToken));
            });
        Field<NonNullGraphType<BooleanGraphType>>("removeDocument")
            .Description("Removes a document's contribution and its file; false when there was none. Needs X-Api-Key.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async ctx =>
            {
                Authorize(ctx);
                return await Library(ctx).RemoveAsync(ctx.GetArgument<string>("key"), ctx.CancellationToken);
            });
    }

    /// <summary>The file's bytes: the text as UTF-8, or the base64 content decoded.</summary>
    private static byte[] Content(ImportDocumentInput input)
    {
        switch (input)
        {
            case { Text: { } text, ContentBase64: null }:
                return System.Text.Encoding.UTF8.GetBytes(text);
            case { Text: null, ContentBase64: { } base64 }:
                try
                {
                    return Convert.FromBase64String(base64);
                }
                catch (FormatException)
                {
                    throw new ImportException($"{input.Name}: contentBase64 is not valid base64");
                }
            default:
                throw new ImportException($"{input.Name}: give the report as text or as contentBase64, exactly one of them");
        }
    }

    private static DocumentLibrary Library(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<DocumentLibrary>();

    private static void Authorize(IResolveFieldContext context)
    {
        switch ((context.UserContext as GraphQLUserContext)?.ApiKey ?? ApiKeyCheck.NotConfigured)
        {
            case ApiKeyCheck.Valid:
                context.RequestServices!.GetRequiredService<MutationRateLimiter>().Acquire();
                return;
            case ApiKeyCheck.NotConfigured:
                throw new ExecutionError("Mutations are disabled: no API key is configured (KnowledgeGraph:Api:ApiKey).") { Code = ErrorCodes.Forbidden };
            default:
                throw new ExecutionError("A valid X-Api-Key header is required for mutations.") { Code = ErrorCodes.Unauthenticated };
        }
    }

    private static async Task<T> AsUserError<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (ImportException ex)
        {
            throw new ExecutionError(ex.Message) { Code = ErrorCodes.BadInput };
        }
    }
}
