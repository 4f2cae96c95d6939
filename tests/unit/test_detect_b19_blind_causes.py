"""Rules blind batch b19 (Spring Boot, Micronaut, Ktor and ASP.NET Core applications) showed,
each on a small tree of its shape."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.manifests import load_json
from devenv.detect.tree import gather
from tests.unit.test_detect_rules import plan_of

_WEB = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup>{}</PropertyGroup>{}</Project>'
_EXE = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>{}</PropertyGroup>{}</Project>'


def _apps(files: dict[str, str]) -> list[tuple[str, str, str, int | None]]:
    return [
        (a.finding.path, a.language, a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    ]


def test_a_desktop_tray_depending_on_the_server_leaves_the_server_an_app() -> None:
    # Shaped like komga: komga-tray (Compose for Desktop, application plugin) wraps :komga;
    # its application.yml escapes a placeholder in a double-quoted value.
    files = {
        "settings.gradle": "include 'komga'\ninclude 'komga-tray'\n",
        "gradlew": "",
        "komga/build.gradle.kts": 'plugins {\n  id("org.springframework.boot") version "3"\n}\n',
        "komga/src/main/resources/application.yml": (
            'spring:\n  config:\n    import:\n      - "optional:file:\\${dir}/application.yml"\n'
            "server:\n  port: 25600\n"
        ),
        "komga-tray/build.gradle.kts": (
            "plugins {\n  application\n}\n"
            'dependencies {\n  implementation(project(":komga"))\n'
            "  implementation(compose.desktop.currentOs)\n}\n"
        ),
    }
    assert _apps(files) == [(".", "java", "spring-boot", 25600)]


def test_vue_cli_serve_takes_the_port_its_script_gives() -> None:
    # Shaped like komga-webui: `vue-cli-service serve --port 8081`.
    package = '{"scripts": {"serve": "vue-cli-service serve --port 8081"}, '
    package += '"devDependencies": {"@vue/cli-service": "5"}}'
    files = {"web/package.json": package, "web/src/main.js": ""}
    assert [port for *_, port in _apps(files)] == [8081]


def test_fuzzing_harness_projects_are_not_read(tmp_path: Path) -> None:
    # Shaped like jellyfin: fuzz/Jellyfin.Api.Fuzz is an Sdk.Web project of the solution.
    for path in ("Server/Server.csproj", "fuzz/Api.Fuzz/Api.Fuzz.csproj"):
        (tmp_path / path).parent.mkdir(parents=True)
        (tmp_path / path).write_text(_WEB.format("", ""))
    (tmp_path / "App.sln").write_text("")
    assert _apps(dict(gather(tmp_path).texts)) == [("Server", "dotnet", "aspnet", 8080)]


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


def test_the_profile_the_main_config_activates_keeps_its_database_server() -> None:
    # Shaped like AgileBoot: `spring.profiles.active: basic,dev` and application-dev.yml
    # points the datasource at MySQL; H2 (for the test profile) is no default then.
    pom = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
        "</dependency><dependency><groupId>mysql</groupId>"
        "<artifactId>mysql-connector-java</artifactId></dependency><dependency>"
        "<artifactId>h2</artifactId></dependency></dependencies></project>"
    )
    files = {
        "pom.xml": pom,
        "src/main/resources/application.yml": "spring:\n  profiles:\n    active: basic,dev\n",
        "src/main/resources/application-dev.yml": (
            "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/app\n"
        ),
        "src/main/resources/application-test.yml": (
            "spring:\n  datasource:\n    url: jdbc:h2:mem:app\n"
        ),
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mysql"]


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
    assert [(path, language) for path, language, *_ in _apps(files)] == [
        ("src", "dotnet"),
        ("src/Ombi/ClientApp", "node"),
    ]


def test_json_with_comments_and_trailing_commas_reads() -> None:
    # Shaped like Blog.Core's launchSettings.json: a variable commented out with //.
    text = '{"url": "http://localhost:9291", // the port\n "a": [1,], /* b */ "c": "/*x*/"}'
    assert load_json(text) == ({"url": "http://localhost:9291", "a": [1], "c": "/*x*/"}, None)
