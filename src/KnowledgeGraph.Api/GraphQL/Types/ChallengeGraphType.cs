using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class ChallengeGraphType : ObjectGraphType<GraphNode>
{
    public ChallengeGraphType()
    {
        Name = "Challenge";
        Description = "A problem a report names under a challenges heading.";
        NodeFields.AddConcept(this, NodeKind.Challenge);
        NodeFields.AddNeighbours<IndustryGraphType>(this, "affects", RelationType.Affects, Direction.Out, "Industries this challenge affects.");
        NodeFields.AddNeighbours<NodeInterfaceGraphType>(this, "mitigatedBy", RelationType.Mitigates, Direction.In, "Trends and technologies that reduce it.");
        NodeFields.AddNeighbours<TechnologyGraphType>(this, "involves", RelationType.Involves, Direction.Out, "Technologies its text names.");
    }
}
