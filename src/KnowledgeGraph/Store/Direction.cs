namespace KnowledgeGraph.Store;

public enum Direction
{
    Out,
    In,
    Both,
}
