using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class ImportDocumentInput
{
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class ImportDocumentInputGraphType : InputObjectGraphType<ImportDocumentInput>
{
    public ImportDocumentInputGraphType()
    {
        Name = "ImportDocumentInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("A file name ending in .txt or .md; it becomes the document's key.");
        Field<NonNullGraphType<StringGraphType>>("text");
    }
}

public sealed class ImportResultGraphType : ObjectGraphType<DocumentGraph>
{
    public ImportResultGraphType()
    {
        Name = "ImportResult";
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(ctx => ctx.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("sections").Resolve(ctx => ctx.Source.SectionCount);
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(ctx => ctx.Source.Nodes.Count);
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(ctx => ctx.Source.Relations.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings").Resolve(ctx => ctx.Source.Warnings);
    }
}
