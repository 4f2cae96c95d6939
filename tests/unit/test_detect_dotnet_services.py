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
