using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class TrendGraphType : ObjectGraphType<GraphNode>
{
    public TrendGraphType()
    {
        Name = "Trend";
        Description = "A development a report names under a trends or outlook heading.";
        NodeFields.AddConcept(this, NodeKind.Trend);
        NodeFields.AddNeighbours<ChallengeGraphType>(this, "mitigates", RelationType.Mitigates, Direction.Out, "Challenges this trend reduces.");
        NodeFields.AddNeighbours<IndustryGraphType>(this, "affects", RelationType.Affects, Direction.Out, "Industries this trend reaches.");
        NodeFields.AddNeighbours<TechnologyGraphType>(this, "involves", RelationType.Involves, Direction.Out, "Technologies its text names.");
    }
}
