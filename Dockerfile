# syntax=docker/dockerfile:1
# The Goals API image:  docker build -t goals-api .
# Stage "ide" bundles the GraphiQL IDE with npm; stage "build" publishes the server with that bundle embedded (the
# SDK image has no Node.js, so its own build skips the npm step: GoalsIdeSkip=true); stage "runtime" runs it as a
# non-root user and needs nothing written outside /app/data (SQLite) and /tmp, so the root filesystem can be
# read-only. Paths in RUN lines are relative to WORKDIR: tests/Goals.Api.Tests (ContainerImageTests) replays the
# stages outside a container.

FROM node:20-bookworm-slim AS ide
WORKDIR /src/src/Goals.Server/Ide
COPY src/Goals.Server/Ide/package.json src/Goals.Server/Ide/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/Goals.Server/Ide/ ./
RUN npm run --silent build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Goals.Domain/Goals.Domain.csproj src/Goals.Domain/
COPY src/Goals.Paging/Goals.Paging.csproj src/Goals.Paging/
COPY src/Goals.Storage/Goals.Storage.csproj src/Goals.Storage/
COPY src/Goals.Server/Goals.Server.csproj src/Goals.Server/
COPY src/Goals.Server/Ide/Ide.targets src/Goals.Server/Ide/
COPY src/Goals.Api/Goals.Api.csproj src/Goals.Api/
RUN dotnet restore src/Goals.Api/Goals.Api.csproj
COPY src/ src/
COPY --from=ide /src/src/Goals.Server/Ide/dist/ src/Goals.Server/Ide/dist/
RUN dotnet publish src/Goals.Api/Goals.Api.csproj --no-restore -c Release -o publish -p:GoalsIdeSkip=true -p:UseAppHost=false \
    && mkdir -p data

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /src/publish/ ./
# The SQLite folder belongs to the app user, so a volume mounted here (or Docker's anonymous one) is writable.
COPY --from=build --chown=1654:1654 /src/data/ data/
# Metrics on their own port (Prometheus only); the host drains for 25 s on SIGTERM. No secret here: Auth__SigningKey
# or Auth__Authority, and connection strings with passwords, come from the environment at run time.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Metrics__Port=9464 \
    DOTNET_shutdownTimeoutSeconds=25 \
    TMPDIR=/tmp
VOLUME ["/app/data", "/tmp"]
# "app" (1654) of the .NET images, by number so that Kubernetes can verify runAsNonRoot.
USER 1654
EXPOSE 8080 9464
# The runtime image has no curl: bash's /dev/tcp asks /health/live on the API port. Kubernetes ignores HEALTHCHECK
# and uses its own probes (k8s/base/deployment.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${ASPNETCORE_HTTP_PORTS%%;*} && printf 'GET /health/live HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Goals.Api.dll"]
