"""Services of .NET apps that come through a framework's provider packages."""

from __future__ import annotations

from tests.unit.detect_helpers import service_names


def test_abp_provider_packages_name_their_servers() -> None:
    # Shaped like volosoft/eventhub: the EF Core project references
    # Volo.Abp.EntityFrameworkCore.PostgreSql and the host Volo.Abp.Caching.StackExchangeRedis;
    # neither Npgsql nor StackExchange.Redis is named.
    host = (
        '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>'
        '<PackageReference Include="Volo.Abp.Caching.StackExchangeRedis" Version="9.0.0" />'
        '<PackageReference Include="Volo.Abp.EntityFrameworkCore.PostgreSql" Version="9.0.0" />'
        "</ItemGroup></Project>"
    )
    assert service_names({"src/Host/Host.csproj": host}) == ["postgres", "redis"]


def test_ef_cores_in_memory_provider_switched_on_by_appsettings_needs_no_server() -> None:
    # Shaped like asc-lab's ProductService: InMemory and SqlServer providers, appsettings.json
    # "UseInMemoryDatabase": true; another service of the solution uses Npgsql.
    def web(*names: str) -> str:
        refs = "".join(f'<PackageReference Include="{n}" Version="8" />' for n in names)
        return f'<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>{refs}</ItemGroup></Project>'

    files = {
        "App.sln": "",
        "Products/Products.csproj": web(
            "Microsoft.EntityFrameworkCore.InMemory", "Microsoft.EntityFrameworkCore.SqlServer"
        ),
        "Products/appsettings.json": '{"Settings": {"UseInMemoryDatabase": true}}',
        "Policies/Policies.csproj": web("Npgsql"),
    }
    assert service_names(files) == ["postgres"]
    files["Products/appsettings.json"] = '{"Settings": {"UseInMemoryDatabase": false}}'
    assert service_names(files) == ["postgres", "sqlserver"]
