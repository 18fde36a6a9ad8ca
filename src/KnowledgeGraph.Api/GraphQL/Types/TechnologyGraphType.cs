using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class TechnologyGraphType : ObjectGraphType<GraphNode>
{
    public TechnologyGraphType()
    {
        Name = "Technology";
        Description = "A technology of the ontology (RPA, 知识图谱, GPU, …).";
        NodeFields.AddConcept(this, NodeKind.Technology);
        NodeFields.AddNeighbours<ChallengeGraphType>(this, "mitigates", RelationType.Mitigates, Direction.Out, "Challenges it is said to reduce.");
        NodeFields.AddNeighbours<NodeInterfaceGraphType>(this, "involvedIn", RelationType.Involves, Direction.In, "Trends and challenges that name it.");
    }
}
