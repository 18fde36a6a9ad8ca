using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class EvidenceGraphType : ObjectGraphType<Evidence>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Description = "The sentence that justifies a relation, and where it stands in its document's normalized text.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(ctx => ctx.Loader().Node(ctx.Source.DocumentId));
        Field<SectionGraphType>("section").Resolve(ctx => ctx.Source.SectionId is { } section ? ctx.Loader().Node(section) : null);
        Field<NonNullGraphType<StringGraphType>>("sentence").Resolve(ctx => ctx.Source.Sentence);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(ctx => ctx.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(ctx => ctx.Source.End);
        Field<IntGraphType>("page").Description("The PDF page the sentence starts on; null for formats without pages.").Resolve(ctx => ctx.Source.Page);
    }
}
