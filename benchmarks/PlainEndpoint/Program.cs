// The baseline for benchmarks/api.sh: Kestrel answering POST /graphql with fixed bytes (the API's own
// answer to the benchmarked query), so the difference is what GraphQL and the store cost.
// Usage: dotnet run -c Release --project benchmarks/PlainEndpoint -- <response-file> --urls http://127.0.0.1:PORT
var body = await File.ReadAllBytesAsync(args[0]);
// The file path is not configuration: a leading "/" would read as a "/key value" switch.
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http) =>
{
    // Read the request like the API does, then answer with the same bytes.
    await http.Request.Body.CopyToAsync(Stream.Null);
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await http.Response.Body.WriteAsync(body);
});
app.Run();
