using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Depth and complexity limits, checked here rather than by GraphQL.NET's built-in comparison so that a
/// request asking only for the schema (GraphiQL's introspection query is 15 levels deep) is not refused:
/// its size is bounded by the schema, not by the data.
/// </summary>
internal static class QueryLimits
{
    public static void Configure(ComplexityOptions complexity, ApiOptions limits)
    {
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        complexity.ValidateComplexityDelegate = context =>
        {
            if (IsIntrospectionOnly(context.ValidationContext))
            {
                return Task.CompletedTask;
            }
            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = new ValidationError($"The query is {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed.") { Code = "MAX_DEPTH" };
            }
            else if (context.TotalImpact > limits.MaxComplexity)
            {
                context.Error = new ValidationError($"The query's complexity is {context.TotalImpact:0}; at most {limits.MaxComplexity} is allowed. Ask for fewer fields, aliases or items.") { Code = "MAX_COMPLEXITY" };
            }
            return Task.CompletedTask;
        };
    }

    private static bool IsIntrospectionOnly(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(selection =>
            selection is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
