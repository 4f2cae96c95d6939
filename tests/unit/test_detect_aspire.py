"""An Aspire app host runs the development stack's containers, as a compose file does: its
hosting packages say which services the solution's apps are given, and so does its code
(`builder.AddPostgres`, `AddContainer`)."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.tree import gather
from tests.unit.detect_helpers import plan_of

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


def _code_files(code: str, host: str = "src/Shop.AppHost") -> dict[str, str]:
    return {
        "App.sln": "",
        "src/Api/Api.csproj": API.replace("Pomelo.EntityFrameworkCore.MySql", "RabbitMQ.Client"),
        f"{host}/{host.rsplit('/', 1)[-1]}.csproj": _host("Aspire.Hosting.PostgreSQL"),
        f"{host}/Program.cs": code,
    }


def test_the_app_host_s_code_adds_the_containers_no_hosting_package_names() -> None:
    # A mail catcher as a plain container (named by its image), Redis by its resource name
    # with the image taken from configuration; a commented-out RabbitMQ is no service.
    code = (
        "var builder = DistributedApplication.CreateBuilder(args);\n"
        'var db = builder.AddPostgres("pg").AddDatabase("shop");\n'
        'builder.AddContainer("papercut", "jijiechen/papercut", "latest");\n'
        'builder.AddContainer("redis", imageName, tag);\n'
        '// builder.AddRabbitMQ("bus");\n'
    )
    plan = plan_of(_code_files(code))["plan"]
    assert sorted(s.name for s in plan.services) == ["mailpit", "postgres", "redis"]


def test_the_app_host_s_database_wins_over_an_embedded_sqlite_provider() -> None:
    # EF Core's SQLite provider beside the server's: the app host runs SQL Server, which is
    # the development database, not a variant for another setup (and no Redis: the app host
    # runs none, so the API's Redis client is an option).
    api = API.replace(
        "Npgsql.EntityFrameworkCore.PostgreSQL", "Microsoft.EntityFrameworkCore.Sqlite"
    )
    files = {
        "App.sln": "",
        "src/Api/Api.csproj": api.replace(
            "Pomelo.EntityFrameworkCore.MySql", "Microsoft.Data.SqlClient"
        ),
        "src/AppHost/AppHost.csproj": _host(),
        "src/AppHost/Program.cs": 'builder.AddSqlServer("sql").AddDatabase("app");\n',
    }
    plan = plan_of(files)["plan"]
    assert [s.name for s in plan.services] == ["sqlserver"]


def test_app_host_code_is_read_from_the_app_host_s_folder_only(tmp_path: Path) -> None:
    files = {
        "src/Clean.AspireHost/AppHost.cs": 'builder.AddRedis("cache");\n',
        "src/Api/Program.cs": "app.Run();\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    texts = gather(tmp_path).texts
    assert "src/Clean.AspireHost/AppHost.cs" in texts
    assert "src/Api/Program.cs" not in texts


def test_the_app_host_s_code_gives_a_python_app_it_runs_its_port() -> None:
    # Shaped like eShopSupport: the FastAPI inference server beside the solution serves on
    # the port the app host passes, not uvicorn's usual 8000.
    files = {
        "App.sln": "",
        "src/Api/Api.csproj": API,
        "src/AppHost/AppHost.csproj": _host("Aspire.Hosting.PostgreSQL"),
        "src/AppHost/Program.cs": (
            'var inference = builder.AddPythonUvicornApp("inference",\n'
            '    Path.Combine("..", "Inference"), port: 62394);\n'
        ),
        "src/Inference/requirements.txt": "fastapi\nuvicorn\n",
        "src/Inference/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
    }
    apps = {a.finding.path: a.finding.port.value for a in plan_of(files)["plan"].apps}
    assert apps["src/Inference"] == 62394
