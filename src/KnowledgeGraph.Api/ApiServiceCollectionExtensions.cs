using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Validation;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Loading;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>Options, the start-up import, health checks, and the GraphQL schema with its limits.</summary>
    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services, IHostEnvironment environment)
    {
        // A relative documents folder is relative to the content root, wherever the process was started from.
        services.AddOptions<KnowledgeGraphOptions>().BindConfiguration(KnowledgeGraphOptions.Section)
            .PostConfigure(options => options.Documents = Path.GetFullPath(options.Documents, environment.ContentRootPath));
        services.AddOptions<KnowledgeGraph.Store.Neo4j.Neo4jOptions>().BindConfiguration(KnowledgeGraph.Store.Neo4j.Neo4jOptions.Section).ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section)
            .Validate(options => options.MaxPageSize > 0 && options.MaxDepth > 0 && options.MaxRequestBytes > 0 && options.TimeoutSeconds > 0 && options.MutationsPerMinute > 0,
                $"{ApiOptions.Section}: limits must be positive")
            .ValidateOnStart();
        services.AddSingleton<StartupImport>();
        services.AddHostedService(provider => provider.GetRequiredService<StartupImport>());
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.AddScoped<GraphLoader>();
        services.AddSingleton<MutationRateLimiter>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution, DocumentCache>();

        // Closed generic graph types are not found by the assembly scan.
        services.AddTransient<ConnectionGraphType<TrendGraphType>>().AddTransient<EdgeGraphType<TrendGraphType>>();
        services.AddTransient<ConnectionGraphType<ChallengeGraphType>>().AddTransient<EdgeGraphType<ChallengeGraphType>>();
        services.AddTransient<ConnectionGraphType<IndustryGraphType>>().AddTransient<EdgeGraphType<IndustryGraphType>>();
        services.AddTransient<ConnectionGraphType<TechnologyGraphType>>().AddTransient<EdgeGraphType<TechnologyGraphType>>();
        services.AddTransient<ConnectionGraphType<ReferenceGraphType>>().AddTransient<EdgeGraphType<ReferenceGraphType>>();
        services.AddTransient<ConnectionGraphType<DocumentGraphType>>().AddTransient<EdgeGraphType<DocumentGraphType>>();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping) // 金融, not \u91d1\u878d
            .AddComplexityAnalyzer((complexity, provider) =>
                QueryLimits.Configure(complexity, provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value))
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = environment.IsDevelopment())
            .AddUnhandledExceptionHandler(context =>
            {
                if (context.OriginalException is GraphStoreUnavailableException)
                {
                    context.Exception = new ExecutionError("The graph store is unavailable.") { Code = ErrorCodes.StoreUnavailable };
                }
            }));
        // A kept query without variables parses its arguments once.
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(new ArgumentValueReuse(new DocumentValidator())));
        return services;
    }
}
