using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class NodeInterfaceGraphType : InterfaceGraphType<GraphNode>
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "Anything in the graph: a concept, a reference, a document or one of its sections.";
        NodeFields.DeclareCommon(this);
    }
}
