""".NET settings that switch a service off or pick the database: appsettings.json says which
of the clients a project references it starts with."""

from __future__ import annotations

from tests.unit.detect_helpers import plan_of, service_names

API = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n'
    "  <TargetFramework>net9.0</TargetFramework>\n"
    '  <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" />\n'
    '  <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />\n'
    '  <PackageReference Include="MongoDB.Driver" />\n'
    '  <PackageReference Include="StackExchange.Redis" />\n'
    '  <PackageReference Include="Confluent.Kafka" />\n'
    "</Project>\n"
)
# Every client's server runs in the compose file, as for a full deployment.
COMPOSE = (
    "services:\n"
    "  sql: {image: mcr.microsoft.com/mssql/server:2022-latest}\n"
    "  mongo: {image: mongo:7}\n"
    "  redis: {image: redis:7}\n"
    "  kafka: {image: bitnami/kafka:3}\n"
)


def _services(settings: str) -> list[str]:
    files = {
        "Api/Api.csproj": API,
        "Api/appsettings.json": settings,
        "docker-compose.yml": COMPOSE,
    }
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_section_switched_off_or_a_commented_connection_string_leaves_the_client_out() -> None:
    settings = (
        "{\n"
        '  "ConnectionStrings": {\n'
        '    "Default": "Server=localhost;Database=app"\n'
        '    //"RedisConnectionString": "localhost:6379"\n'
        "  },\n"
        '  "Kafka": { "Enabled": false, "Servers": "localhost:9092" },\n'
        '  "DatabaseProvider": "SqlServer"\n'
        "}\n"
    )
    assert _services(settings) == ["sqlserver"]


def test_a_store_type_picks_the_database_over_the_providers_inside_the_other_option() -> None:
    # The read store is MongoDB; the SQL block's provider configures the store not taken.
    settings = (
        "{\n"
        '  "store": { "type": "MongoDb", "sql": { "provider": "Postgres" } },\n'
        '  "Redis": { "Enable": true }\n'
        "}\n"
    )
    assert _services(settings) == ["kafka", "mongo", "redis"]


def test_an_empty_connection_string_leaves_sqlite_the_default() -> None:
    # Shaped like oqtane: DefaultConnection is "" until the installation wizard fills it;
    # the server providers beside EF Core's SQLite one are the wizard's options.
    csproj = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>'
    for package in ("Microsoft.EntityFrameworkCore.Sqlite", "MySql.Data", "Npgsql"):
        csproj += f'<PackageReference Include="{package}" />'
    files = {
        "Cms.Server/Cms.Server.csproj": csproj + "</ItemGroup></Project>",
        "Cms.Server/appsettings.json": '{"ConnectionStrings": {"DefaultConnection": ""}}',
    }
    assert service_names(files) == []
