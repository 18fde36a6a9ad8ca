# The API: built with the .NET SDK (plus Node.js for the bundled playground and explorer), run on the
# ASP.NET runtime image as a non-root user. Build from the repository root: docker build -t knowledge-graph .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/KnowledgeGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# wget for the health check: the runtime image has neither curl nor wget.
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY seeds /app/seeds
ENV ASPNETCORE_URLS=http://+:8080 \
    KnowledgeGraph__Documents=/app/seeds
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD wget --no-verbose --tries=1 --spider http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
