"""An Aspire app host runs the development stack's containers, as a compose file does: its
hosting packages say which services the solution's apps are given."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of

API = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n'
    "  <TargetFramework>net9.0</TargetFramework>\n"
    '  <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />\n'
    '  <PackageReference Include="Pomelo.EntityFrameworkCore.MySql" />\n'
    '  <PackageReference Include="StackExchange.Redis" />\n'
    "</Project>\n"
)


def _host(*packages: str) -> str:
    references = "".join(f'  <PackageReference Include="{p}" />\n' for p in packages)
    return (
        '<Project Sdk="Aspire.AppHost.Sdk/9.1.0">\n  <OutputType>Exe</OutputType>\n'
        f'{references}  <ProjectReference Include="..\\Api\\Api.csproj" />\n</Project>\n'
    )


def test_the_app_host_s_hosting_packages_choose_the_services() -> None:
    # The API could talk to Postgres or MySQL, and caches in Redis when one is configured; the
    # app host runs Postgres and a mail catcher, so that is the development stack.
    files = {
        "App.sln": "",
        "src/Api/Api.csproj": API,
        "src/AppHost/AppHost.csproj": _host(
            "Aspire.Hosting.PostgreSQL", "CommunityToolkit.Aspire.Hosting.MailPit"
        ),
    }
    plan = plan_of(files)["plan"]
    assert [a.finding.main_package.value for a in plan.apps] == ["./src/Api"]
    assert sorted(s.name for s in plan.services) == ["mailpit", "postgres"]


def test_an_app_host_is_no_app_and_its_redis_speakers_are_redis() -> None:
    files = {
        "App.sln": "",
        "src/Api/Api.csproj": API,
        "src/AppHost/AppHost.csproj": _host("Aspire.Hosting.MySql", "Aspire.Hosting.Valkey"),
    }
    plan = plan_of(files)["plan"]
    assert [a.finding.main_package.value for a in plan.apps] == ["./src/Api"]
    assert sorted(s.name for s in plan.services) == ["mysql", "redis"]
