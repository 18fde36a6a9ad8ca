using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Embedded;

namespace KnowledgeGraph.Tests.Store;

public sealed class EmbeddedGraphStoreTests : GraphStoreContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore());
}
