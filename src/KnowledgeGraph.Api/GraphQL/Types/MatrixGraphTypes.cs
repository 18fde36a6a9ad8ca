using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>What the rows of an impact matrix are.</summary>
public enum MatrixRows
{
    Challenge,
    Trend,
}

public sealed class MatrixRowsGraphType : EnumerationGraphType<MatrixRows>
{
    public MatrixRowsGraphType() => Name = "MatrixRows";
}

/// <summary>The columns of an impact matrix (industries, for now the only kind an AFFECTS reaches).</summary>
public enum MatrixColumns
{
    Industry,
}

public sealed class MatrixColumnsGraphType : EnumerationGraphType<MatrixColumns>
{
    public MatrixColumnsGraphType() => Name = "MatrixColumns";
}

public sealed class ImpactMatrixGraphType : ObjectGraphType<ImpactMatrix>
{
    public ImpactMatrixGraphType()
    {
        Name = "ImpactMatrix";
        Description = "Challenges or trends × the industries they affect, most-reported rows and columns first; a cell per AFFECTS relation.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterfaceGraphType>>>>("rows").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("columns").Resolve(ctx => ctx.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatrixCellGraphType>>>>("cells").Resolve(ctx => ctx.Source.Cells);
    }
}

public sealed class MatrixCellGraphType : ObjectGraphType<MatrixCell>
{
    public MatrixCellGraphType()
    {
        Name = "MatrixCell";
        Field<NonNullGraphType<IdGraphType>>("row").Description("The row's node id.").Resolve(ctx => ctx.Source.Row);
        Field<NonNullGraphType<IdGraphType>>("column").Description("The column's industry id.").Resolve(ctx => ctx.Source.Column);
        Field<NonNullGraphType<IntGraphType>>("documentCount").Description("How many documents say the row affects the column.").Resolve(ctx => ctx.Source.DocumentCount);
        Field<NonNullGraphType<IntGraphType>>("evidenceCount").Resolve(ctx => ctx.Source.EvidenceCount);
        EvidenceField.Add(this, "The sentences that say so, a page at a time.", ctx => ctx.Source.Relation.Evidence);
    }
}
