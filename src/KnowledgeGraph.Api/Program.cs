using KnowledgeGraph;
using KnowledgeGraph.Api;
using KnowledgeGraph.Api.GraphQL;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

// Plain CreateLogger(): a reloadable bootstrap logger freezes once, a trap for test hosts (serilog-aspnetcore #251)
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext());
    builder.Services.AddKnowledgeGraph();                          // ontology, importer, store
    builder.Services.AddKnowledgeGraphApi(builder.Environment);    // options, schema, limits, start-up import, health
    builder.Services.AddProblemDetails();

    var app = builder.Build();
    app.UseSerilogRequestLogging();
    app.UseExceptionHandler();
    app.UseStaticFiles();
    app.MapGraphQL("/graphql");
    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    app.MapGet("/explorer", () => Results.File(Path.Combine(app.Environment.WebRootPath, "explorer", "index.html"), "text/html; charset=utf-8"));
    app.MapGet("/", () => Results.Redirect("/explorer"));
    app.Run();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "KnowledgeGraph API stopped unexpectedly");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}
