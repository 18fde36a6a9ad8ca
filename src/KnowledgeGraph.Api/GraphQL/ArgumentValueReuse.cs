using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Validation of a kept document still walks it to parse every argument (GraphQL.NET hands the parsed values to
/// execution through the validation result), though a query with no variables parses to the same values every
/// time. This validator keeps them per operation when nothing else can differ: no rule runs (the document is kept,
/// see <see cref="DocumentCache"/>), it is a query, and it declares no variables. Sharing the values between
/// requests is safe because they are immutable: scalars, and input objects of init-only properties.
/// </summary>
internal sealed class ArgumentValueReuse(IDocumentValidator validator) : IDocumentValidator
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult> _results = [];

    /// <summary>How many operations have their argument values kept.</summary>
    internal int Count => _results.Count();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var operation = options.Operation;
        if (!ArgumentsCannotDiffer(options))
        {
            return validator.ValidateAsync(options);
        }
        if (_results.TryGetValue(operation, out var kept))
        {
            return Task.FromResult(Copy(kept));
        }
        return ValidateAndKeepAsync(validator.ValidateAsync(options), operation);
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(Task<IValidationResult> validation, GraphQLOperationDefinition operation)
    {
        var result = await validation;
        if (result.IsValid)
        {
            _results.TryAdd(operation, result);
        }
        return result;
    }

    private static bool ArgumentsCannotDiffer(in ValidationOptions options) =>
        options.Rules is { } rules && !rules.Any()
        && options.Operation is { Operation: OperationType.Query, Variables: null or { Count: 0 } };

    /// <summary>Execution adds merged fields to the argument map it is given: each request gets its own map.</summary>
    private static IValidationResult Copy(IValidationResult kept) => new ValidationResult
    {
        Variables = kept.Variables,
        ArgumentValues = kept.ArgumentValues is { } arguments ? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments) : null,
        DirectiveValues = kept.DirectiveValues is { } directives ? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives) : null,
    };
}
