using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

// Three one-line enum types share this file: TREND…, MITIGATES… MENTIONED_IN…, OUT/IN/BOTH.
public sealed class NodeKindGraphType : EnumerationGraphType<NodeKind>
{
    public NodeKindGraphType() => Name = "NodeKind";
}

public sealed class RelationTypeGraphType : EnumerationGraphType<RelationType>
{
    public RelationTypeGraphType() => Name = "RelationType";
}

public sealed class DirectionGraphType : EnumerationGraphType<Direction>
{
    public DirectionGraphType() => Name = "Direction";
}
