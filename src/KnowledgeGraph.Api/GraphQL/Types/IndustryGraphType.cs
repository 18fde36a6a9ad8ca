using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class IndustryGraphType : ObjectGraphType<GraphNode>
{
    public IndustryGraphType()
    {
        Name = "Industry";
        Description = "An industry of the ontology (finance, healthcare, …), found by any of its names.";
        NodeFields.AddConcept(this, NodeKind.Industry);
        NodeFields.AddNeighbours<NodeInterfaceGraphType>(this, "affectedBy", RelationType.Affects, Direction.In, "Challenges and trends that affect it.");
    }
}
