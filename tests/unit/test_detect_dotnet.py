""".NET detection: which projects of a solution are apps (web hosts, workers, consoles,
desktop, benchmark and fuzzing projects), the front ends and asset builds beside them,
Directory.Build.props and project references, the port from a Dockerfile, and the services
their packages and connection strings name (Dapr, Foundatio, SQL Server, SQLite)."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.plan import spec_entries
from devenv.detect.tree import gather
from devenv.project import build_project
from devenv.spec.load import parse_spec
from devenv.spec.write import to_yaml
from tests.unit.detect_helpers import (
    EXE_CSPROJ,
    GO_MOD,
    WEB_CSPROJ,
    app_of,
    apps_of,
    apps_with_language,
    plan_of,
    services_of,
    spec_entries_of,
)

_WEB = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup>{}</PropertyGroup>{}</Project>'
_EXE = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>{}</PropertyGroup>{}</Project>'
WEB = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>{refs}</ItemGroup></Project>'
DOTNET_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>'
    '<PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" />'
    '<PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />'
    "</ItemGroup></Project>"
)


def _package(name: str) -> str:
    return f'<PackageReference Include="{name}" Version="1.0" />'


def test_foundatios_provider_packages_name_their_services() -> None:
    # Shaped like Exceptionless: Foundatio.Redis and Foundatio.Repositories.Elasticsearch in
    # a referenced library; the compose file under docker/ runs both.
    web = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n'
    web += '    <PackageReference Include="Foundatio.Redis" Version="13.0.2" />\n'
    web += '    <PackageReference Include="Foundatio.Repositories.Elasticsearch" Version="8" />\n'
    web += "  </ItemGroup>\n</Project>\n"
    compose = "services:\n  es:\n    image: elasticsearch:8.19.0\n  cache:\n    image: redis:8\n"
    files = {"src/Web/Web.csproj": web, "docker/docker-compose.yml": compose}
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["elasticsearch", "redis"]


def test_fuzzing_harness_projects_are_not_read(tmp_path: Path) -> None:
    # Shaped like jellyfin: fuzz/Jellyfin.Api.Fuzz is an Sdk.Web project of the solution.
    for path in ("Server/Server.csproj", "fuzz/Api.Fuzz/Api.Fuzz.csproj"):
        (tmp_path / path).parent.mkdir(parents=True)
        (tmp_path / path).write_text(_WEB.format("", ""))
    (tmp_path / "App.sln").write_text("")
    assert apps_with_language(dict(gather(tmp_path).texts)) == [
        ("Server", "dotnet", "aspnet", 8080)
    ]


def test_a_program_hosting_an_sdk_web_library_is_the_aspnet_app() -> None:
    # Shaped like Prowlarr: Prowlarr.Host is Sdk.Web with OutputType Library, started by
    # Prowlarr.Console; Prowlarr.Test.Dummy is a test's helper process; System.Data.SQLite
    # is the default database beside Npgsql.
    files = {
        "src/App.sln": "",
        "src/Host/App.Host.csproj": _WEB.format(
            "<OutputType>Library</OutputType>",
            '<ItemGroup><PackageReference Include="System.Data.SQLite" Version="2" />'
            '<PackageReference Include="Npgsql" Version="9" /></ItemGroup>',
        ),
        "src/Console/App.Console.csproj": _EXE.format(
            "<OutputType>Exe</OutputType>",
            '<ItemGroup><ProjectReference Include="..\\Host\\App.Host.csproj" /></ItemGroup>',
        ),
        "src/Dummy/App.Test.Dummy.csproj": _EXE.format("<OutputType>Exe</OutputType>", ""),
    }
    plan = plan_of(files)["plan"]
    assert [(a.finding.main_package.value, a.finding.framework.value) for a in plan.apps] == [
        ("./Console", "aspnet")
    ]
    assert plan.services == ()


def test_a_spa_inside_a_dotnet_app_in_its_solution_folder_is_an_app() -> None:
    # Shaped like Ombi: src/Ombi.sln, src/Ombi/ClientApp is an Angular app (`ng serve`).
    package = '{"scripts": {"start": "ng serve --port 3578"}, '
    package += '"dependencies": {"@angular/core": "17"}, "devDependencies": '
    package += '{"@angular/cli": "17"}}'
    files = {
        "src/Ombi.sln": "",
        "src/Ombi/Ombi.csproj": _WEB.format("", ""),
        "src/Ombi/ClientApp/package.json": package,
        "src/Ombi/ClientApp/angular.json": "{}",
    }
    assert [(path, language) for path, language, *_ in apps_with_language(files)] == [
        ("src", "dotnet"),
        ("src/Ombi/ClientApp", "node"),
    ]


def test_a_web_project_another_web_project_references_is_part_of_that_host() -> None:
    # Shaped like grandnode2: Grand.Web references its Admin and Vendor areas, which are
    # Sdk.Web projects with launchSettings of their own.
    refs = '<ProjectReference Include="..\\Shop.Web.Admin\\Shop.Web.Admin.csproj" />'
    launch = '{"profiles": {"Admin": {"commandName": "Project", "applicationUrl": "%s"}}}'
    files = {
        "Shop.sln": "",
        "src/Shop.Web/Shop.Web.csproj": WEB.format(refs=refs),
        "src/Shop.Web/Properties/launchSettings.json": launch % "http://localhost:5000",
        "src/Shop.Web.Admin/Shop.Web.Admin.csproj": WEB.format(refs=""),
        "src/Shop.Web.Admin/Properties/launchSettings.json": launch % "http://localhost:5010",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.manifest, a.finding.port.value) for a in apps if a.finding.port] == [
        ("src/Shop.Web/Shop.Web.csproj", 5000)
    ]


def test_a_dapr_clients_services_are_its_components_stores() -> None:
    # Shaped like eShopOnDapr: the services use Dapr.AspNetCore; dapr/components say the
    # state store is Redis and the pub/sub RabbitMQ; the Kubernetes manifests use others.
    component = "apiVersion: dapr.io/v1alpha1\nkind: Component\nspec:\n  type: {}\n"
    files = {
        "Shop.sln": "",
        "src/Basket.API/Basket.API.csproj": WEB.format(
            refs='<PackageReference Include="Dapr.AspNetCore" Version="1.9.0" />'
        ),
        "dapr/components/statestore.yaml": component.format("state.redis"),
        "dapr/components/pubsub.yaml": component.format("pubsub.rabbitmq"),
        "dapr/components/email.yaml": component.format("bindings.smtp"),
        "deploy/k8s/pubsub.yaml": component.format("pubsub.kafka"),
    }
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["rabbitmq", "redis"]


def test_a_dapr_components_store_stays_though_the_compose_files_run_only_a_database() -> None:
    # Shaped like coolstore-microservices: components/statestore.yaml keeps the cart in
    # Redis; the compose file runs postgres and the daprd sidecars, Redis commented out.
    component = "apiVersion: dapr.io/v1alpha1\nkind: Component\nspec:\n  type: state.redis\n"
    files = {
        "Shop.sln": "",
        "src/Cart/Cart.csproj": WEB.format(
            refs='<PackageReference Include="Dapr.AspNetCore" Version="1.9.0" />'
            '<PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />'
        ),
        "components/statestore.yaml": component,
        "docker-compose.yml": "services:\n  postgresql:\n    image: postgres:11-alpine\n",
    }
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["postgres", "redis"]


def test_a_projects_own_package_reference_to_a_sibling_brings_that_siblings_services() -> None:
    # Shaped like pitstop: each service takes the repository's messaging library by its
    # package id (a PackageReference, not a ProjectReference); the library uses RabbitMQ.
    files = {
        "src/app.sln": "",
        "src/Messaging/Messaging.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>'
        "<AssemblyName>Shop.Messaging</AssemblyName></PropertyGroup><ItemGroup>"
        '<PackageReference Include="RabbitMQ.Client" /></ItemGroup></Project>',
        "src/Worker/Worker.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>'
        "<OutputType>Exe</OutputType></PropertyGroup><ItemGroup>"
        '<PackageReference Include="Shop.Messaging" /></ItemGroup></Project>',
    }
    plan = plan_of(files)["plan"]
    assert [s.name for s in plan.services] == ["rabbitmq"]
    other = {**files, "src/Messaging/Messaging.csproj": files["src/Messaging/Messaging.csproj"]}
    other["src/Worker/Worker.csproj"] = other["src/Worker/Worker.csproj"].replace("Shop.", "X.")
    assert plan_of(other)["plan"].services == ()


def test_an_aspnet_projects_dockerfile_env_gives_its_port_without_launch_settings() -> None:
    # Shaped like microservices-demo's cartservice: no launchSettings.json, and the image
    # sets ASPNETCORE_HTTP_PORTS=7070.
    files = {
        "cart/cart.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        "cart/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"
        "ENV DOTNET_EnableDiagnostics=0 \\\n    ASPNETCORE_HTTP_PORTS=7070\n",
    }
    assert [a["port"] for a in plan_of(files)["spec"]["apps"].values()] == [7070]
    urls = {**files, "cart/Dockerfile": "ENV ASPNETCORE_URLS=http://*:5100\n"}
    assert [a["port"] for a in plan_of(urls)["spec"]["apps"].values()] == [5100]


def test_a_dotnet_console_built_for_windows_only_is_not_an_app() -> None:
    # Shaped like beszel's agent/lhm: a net48, win-x64 console bridge to a Windows library.
    project = (
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
        "<TargetFramework>net48</TargetFramework><RuntimeIdentifier>win-x64</RuntimeIdentifier>"
        "</PropertyGroup></Project>"
    )
    assert plan_of({"agent/lhm/lhm.csproj": project})["plan"].apps == ()
    portable = project.replace("net48", "net8.0").replace("<RuntimeIdentifier>win-x64", "<X>")
    portable = portable.replace("</RuntimeIdentifier>", "</X>")
    assert len(plan_of({"agent/lhm/lhm.csproj": portable})["plan"].apps) == 1


def test_a_vite_package_beside_an_aspnet_project_file_bundles_its_assets() -> None:
    # Shaped like pitstop's src/WebApp: WebApp.csproj and a package.json whose vite builds
    # into the project's wwwroot; a SPA in a folder of its own still runs beside.
    web = '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'
    vite = '{"scripts": {"dev": "vite"}, "devDependencies": {"vite": "5"}}'
    files = {
        "src/app.sln": "",
        "src/WebApp/WebApp.csproj": web,
        "src/Api/Api.csproj": web,
        "src/WebApp/package.json": vite,
    }
    langs = sorted(a.finding.language.value for a in plan_of(files)["plan"].apps)
    assert langs == ["dotnet", "dotnet"]
    spa = {**{k: v for k, v in files.items() if k != "src/WebApp/package.json"}}
    spa["src/ClientApp/package.json"] = vite
    langs = sorted(a.finding.language.value for a in plan_of(spa)["plan"].apps)
    assert langs == ["dotnet", "dotnet", "node"]


def test_a_solution_runs_its_web_projects_never_libraries_or_tests() -> None:
    web = (
        '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup>'
        "<TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup>"
        '<PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />'
        '<PackageReference Include="StackExchange.Redis" />'
        '<ProjectReference Include="..\\Core\\Core.csproj" /></ItemGroup></Project>'
    )
    files = {
        "Shop.sln": "",
        "src/Web/Web.csproj": web,
        "src/Web/Properties/launchSettings.json": '{"profiles": {"http": '
        '{"applicationUrl": "https://localhost:5001;http://localhost:5000"}}}',
        "src/Api/Api.csproj": web.replace("StackExchange.Redis", "RabbitMQ.Client"),
        "src/Core/Core.csproj": '<Project Sdk="Microsoft.NET.Sdk"></Project>',
        "src/Worker/Worker.csproj": '<Project Sdk="Microsoft.NET.Sdk">'
        "<PropertyGroup><OutputType>Exe</OutputType></PropertyGroup><ItemGroup>"
        '<ProjectReference Include="../EventBus/EventBus.csproj" /></ItemGroup></Project>',
        "src/EventBus/EventBus.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>'
        '<PackageReference Include="MongoDB.Driver" /></ItemGroup></Project>',
        "src/Mobile/Mobile.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>'
        "<OutputType>Exe</OutputType><UseMaui>true</UseMaui></PropertyGroup></Project>",
        "src/Web.Tests/Web.Tests.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>'
        '<PackageReference Include="Microsoft.NET.Test.Sdk" /></ItemGroup></Project>',
    }
    plan = plan_of(files)
    apps = plan["spec"]["apps"]
    assert sorted(apps) == ["api", "web", "worker"]
    assert apps["web"]["main_package"] == "./src/Web" and apps["web"]["port"] == 5000
    assert apps["web"]["prod_command"] == ["dotnet", "Web.dll"]
    assert len({apps[name].get("dockerfile", "Dockerfile") for name in apps}) == 3
    # The worker needs Mongo through the library it references; the MAUI app is no server.
    assert sorted(plan["spec"]["services"]) == ["mongo", "postgres", "rabbitmq", "redis"]
    assert apps["worker"]["uses"] == ["mongo"]
    env = dict(dict(build_project(parse_spec(to_yaml(spec_entries_of(plan)))).app_env)["web"])
    assert env["ConnectionStrings__DefaultConnection"].startswith("Host=postgres;Port=5432;")
    assert env["ConnectionStrings__redis"] == "redis:6379"


def test_a_benchmark_console_is_not_an_app() -> None:
    files = {
        "Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        "Api.Benchmark/Api.Benchmark.csproj": '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>'
        "<OutputType>Exe</OutputType></PropertyGroup><ItemGroup>"
        '<PackageReference Include="BenchmarkDotNet" Version="0.14.0" /></ItemGroup></Project>',
    }
    plan = plan_of(files)
    assert [a.finding.manifest for a in plan["plan"].apps] == ["Api/Api.csproj"]
    assert any("runs benchmarks" in note for note in plan["plan"].notes)


def test_a_worker_sdk_project_is_a_background_app() -> None:
    app = app_of({"Worker/Worker.csproj": '<Project Sdk="Microsoft.NET.Sdk.Worker"></Project>'})
    assert app["prod_command"] == ["dotnet", "Worker.dll"] and "port" not in app


def test_a_sqlite_connection_string_makes_the_server_providers_options() -> None:
    # Shaped like the Clean Architecture template: SQLite unless appsettings says otherwise.
    files = {
        "src/Web/Web.csproj": DOTNET_WEB,
        "src/Web/appsettings.json": '{"ConnectionStrings": {"Db": "DataSource=app.db"}}',
    }
    assert "services" not in plan_of(files)["spec"]
    files["src/Web/appsettings.json"] = '{"ConnectionStrings": {"Db": "Host=localhost;Port=5432"}}'
    assert list(plan_of(files)["spec"]["services"]) == ["postgres"]


def test_sql_server_comes_from_its_providers_and_its_compose_image() -> None:
    # Shaped like eShopOnWeb: EF Core's SqlServer provider and Microsoft's image in compose.
    files = {
        "src/Web/Web.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>'
        '<PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" />'
        "</ItemGroup></Project>",
        "docker-compose.yml": "services:\n  sqlserver:\n"
        "    image: mcr.microsoft.com/mssql/server:2022-latest\n",
    }
    plan = plan_of(files)
    assert list(plan["spec"]["services"]) == ["sqlserver"]
    spec = parse_spec(to_yaml(spec_entries(plan["plan"])))
    (web,) = [s for s in build_project(spec).services if s.name == "web"]
    assert "TrustServerCertificate=True" in dict(web.environment)["ConnectionStrings__sqlserver"]


def test_a_gulp_asset_build_beside_a_dotnet_app_is_no_app() -> None:
    # Shaped like Blogifier: each project's assets/ folder builds its scss and js with gulp.
    assets = (
        '{"scripts": {"start": "gulp", "build": "gulp build"}, "devDependencies": {"gulp": "4"}}'
    )
    files = {
        "App.sln": "",
        "src/Web/Web.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        "src/Web/Program.cs": "var app = WebApplication.CreateBuilder(args).Build();\n",
        "src/Web/assets/package.json": assets,
        "src/Web/assets/gulpfile.mjs": "export default function build() {}\n",
    }
    assert [a.finding.language.value for a in plan_of(files)["plan"].apps] == ["dotnet"]


def test_a_solutions_projects_below_the_usual_depth_are_apps() -> None:
    # Shaped like run-aspnetcore-microservices: src/Services/<area>/<Project>.API.
    plan = plan_of(
        {
            "src/shop.sln": "",
            "src/Services/Catalog/Catalog.API/Catalog.API.csproj": WEB.format(
                refs=_package("Marten")
            ),
            "src/Services/Basket/Basket.API/Basket.API.csproj": WEB.format(
                refs=_package("StackExchange.Redis")
            ),
        }
    )
    assert [a.finding.path for a in plan["plan"].apps] == ["src", "src"]
    assert sorted(s.name for s in plan["plan"].services) == ["postgres", "redis"]


def test_a_referenced_data_projects_connection_string_names_the_server() -> None:
    # Shaped like EquinoxProject: SQLite and SQL Server providers; the data project's
    # appsettings.json (for EF Core's tools) holds the SQL Server connection string.
    refs = '<ProjectReference Include="..\\Shop.Data\\Shop.Data.csproj" />'
    plan = plan_of(
        {
            "Shop.sln": "",
            "src/Shop.Api/Shop.Api.csproj": WEB.format(refs=refs),
            "src/Shop.Data/Shop.Data.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>'
            + _package("Microsoft.EntityFrameworkCore.Sqlite")
            + _package("Microsoft.EntityFrameworkCore.SqlServer")
            + "</ItemGroup></Project>",
            "src/Shop.Data/appsettings.json": '{"ConnectionStrings": {"DefaultConnection": '
            '"Server=(localdb)\\\\mssqllocaldb;Database=Shop"}}',
        }
    )
    assert [s.name for s in plan["plan"].services] == ["sqlserver"]


def test_a_console_program_built_on_commanddotnet_is_a_tool() -> None:
    # Shaped like Squidex's i18n translator beside its web project.
    tool = (
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
        "</PropertyGroup><ItemGroup>" + _package("CommandDotNet") + "</ItemGroup></Project>"
    )
    files = {
        "backend/App.sln": "",
        "backend/src/App/App.csproj": WEB.format(refs=""),
        "backend/i18n/translator/App.Translator/App.Translator.csproj": tool,
    }
    apps = plan_of(files)["plan"].apps
    assert [a.finding.framework.value for a in apps] == ["aspnet"]


def test_an_old_style_windows_exe_project_is_a_desktop_app() -> None:
    csproj = (
        '<Project ToolsVersion="15.0">\n  <PropertyGroup>\n    <OutputType>WinExe</OutputType>\n'
        "  </PropertyGroup>\n</Project>\n"
    )
    files = {
        "server/go.mod": GO_MOD,
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "win/App/App.csproj": csproj,
        "win/App/App.xaml.cs": "namespace App { }\n",
    }
    assert sorted(apps_of(files)) == ["server"]


def test_a_console_tool_beside_a_web_project_is_not_an_app() -> None:
    files = {
        "src/Shop.slnx": "<Solution />",
        "src/Host/Shop.Api/Shop.Api.csproj": WEB_CSPROJ,
        "src/Host/Shop.DbMigrator/Shop.DbMigrator.csproj": EXE_CSPROJ,
        "src/Tools/Packer/Packer.csproj": EXE_CSPROJ,
        "src/Admin/Admin.csproj": EXE_CSPROJ.replace(
            "</Project>",
            '<ItemGroup><PackageReference Include="Spectre.Console.Cli" /></ItemGroup></Project>',
        ),
    }
    apps = apps_of(files)
    assert [a["main_package"] for a in apps.values()] == ["./Host/Shop.Api"]


def test_a_solution_in_src_builds_from_src_though_global_json_sits_above() -> None:
    files = {
        "global.json": '{"sdk": {"version": "8.0.100"}}',
        "src/Shop.slnx": "<Solution />",
        "src/Directory.Packages.props": "<Project />",
        "src/Api/Api.csproj": WEB_CSPROJ,
    }
    assert [a["path"] for a in apps_of(files).values()] == ["src"]


def test_package_references_in_directory_props_belong_to_every_project_below() -> None:
    props = '<Project><ItemGroup><PackageReference Include="System.Data.SqlClient" />'
    props += '<PackageVersion Include="Npgsql" Version="8" /></ItemGroup></Project>'
    files = {
        "src/Shop.sln": "",
        "src/Directory.Packages.props": props,
        "src/Api/Api.csproj": WEB_CSPROJ,
    }
    assert services_of(files) == ["sqlserver"]
