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
        var estimate = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
        {
            // The default estimate multiplies a list by a literal `first` (its own, or its connection's), but not by a
            // variable's value: `first: $n` with n = 500 counted as a default page. The variable counts where a literal would.
            var result = estimate(context);
            if (!IsList(context.FieldDefinition))
            {
                return result;
            }
            var first = VariableFirst(context.FieldAst, context.ValidationContext)
                ?? (context.Parent is { } parent && !IsList(parent.FieldDefinition) ? VariableFirst(parent.FieldAst, context.ValidationContext) : null);
            return first is { } asked ? new FieldComplexityResult(result.FieldImpact, asked) : result;
        };
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

    private static bool IsList(global::GraphQL.Types.FieldType? field)
    {
        var type = field?.ResolvedType;
        if (type is global::GraphQL.Types.NonNullGraphType nonNull)
        {
            type = nonNull.ResolvedType;
        }
        return type is global::GraphQL.Types.ListGraphType;
    }

    private static double? VariableFirst(GraphQLField field, ValidationContext validation)
    {
        var argument = field.Arguments?.FirstOrDefault(argument => argument.Name.StringValue is "first" or "last");
        if (argument?.Value is not GraphQLVariable variable || validation.Variables is not { } variables
            || !variables.TryGetValue(variable.Name.StringValue, out var value))
        {
            return null;
        }
        return value is IConvertible number ? number.ToDouble(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool IsIntrospectionOnly(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(selection =>
            selection is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
