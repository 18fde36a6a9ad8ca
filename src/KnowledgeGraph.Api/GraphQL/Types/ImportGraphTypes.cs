using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class ImportDocumentInput
{
    public string Name { get; set; } = "";
    public string? Text { get; set; }
    public string? ContentBase64 { get; set; }
}

public sealed class ImportDocumentInputGraphType : InputObjectGraphType<ImportDocumentInput>
{
    public ImportDocumentInputGraphType()
    {
        Name = "ImportDocumentInput";
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description($"A file name ending in {ReportFormats.Described}; it becomes the document's key, its extension says the format.");
        Field<StringGraphType>("text").Description("The report's text, for .txt, .md and .html. Give this or contentBase64.");
        Field<StringGraphType>("contentBase64").Description("The file's bytes in base64, for any format (.pdf and .docx need it). Give this or text.");
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
