namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Serves GraphiQL (bundled from npm at build time into wwwroot/playground) for browsers on GET /graphql.</summary>
internal static class Playground
{
    public static async Task WriteAsync(HttpContext http)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("playground/index.html");
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("The playground was not built: run the build with npm available (see README).");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
