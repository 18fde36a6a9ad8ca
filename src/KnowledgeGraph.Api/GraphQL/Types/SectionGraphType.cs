using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class SectionGraphType : ObjectGraphType<GraphNode>
{
    public SectionGraphType()
    {
        Name = "Section";
        Description = "A heading of a report and the text under it.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is GraphNode { Kind: NodeKind.Section };
        NodeFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("path").Resolve(ctx => ctx.Source.Path ?? "");
        Field<NonNullGraphType<StringGraphType>>("heading").Resolve(ctx => ctx.Source.Heading ?? ctx.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(ctx => ctx.Source.Text ?? "");
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(ctx => ctx.Loader().Node(ctx.Source.DocumentId ?? ""));
        Field<SectionGraphType>("parent").Resolve(ctx => ctx.Source.ParentId is { } parent ? ctx.Loader().Node(parent) : null);
    }
}
