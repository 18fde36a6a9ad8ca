using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class DocumentGraphType : ObjectGraphType<GraphNode>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Description = "An imported report.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is GraphNode { Kind: NodeKind.Document };
        NodeFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title ?? ctx.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("source").Resolve(ctx => ctx.Source.Source ?? "");
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(ctx => ctx.Source.Language ?? "");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("sections")
            .Description("Every section of the report, in reading order.")
            .ResolveAsync(async ctx =>
            {
                var page = await ctx.Store().ListAsync(new NodeQuery(NodeKind.Section) { InDocument = ctx.Source.Id, First = int.MaxValue }, ctx.CancellationToken);
                return page.Items.OrderBy(section => section.Path, SectionPathComparer.Instance).ToList();
            });
    }
}
