using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class ReferenceGraphType : ObjectGraphType<GraphNode>
{
    public ReferenceGraphType()
    {
        Name = "Reference";
        Description = "An entry of a report's reference list.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is GraphNode { Kind: NodeKind.Reference };
        NodeFields.AddCommon(this);
        Field<IntGraphType>("index").Resolve(ctx => ctx.Source.Index);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title ?? ctx.Source.Name);
        Field<StringGraphType>("url").Resolve(ctx => ctx.Source.Url);
        NodeFields.AddNeighbours<NodeInterfaceGraphType>(this, "citedBy", RelationType.Cites, Direction.In, "Sections, trends and challenges that cite it.");
    }
}
