"""Rules about which modules of a JVM or .NET build are apps, shown by Spring Boot, Micronaut
and ASP.NET Core applications, each on a small tree of its shape."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.detect_helpers import apps_with_language, plan_of, service_names


def _pom(artifact: str, body: str = "", parent: str = "") -> str:
    return f"<project>{parent}<artifactId>{artifact}</artifactId>{body}</project>"


def test_a_parent_pom_in_a_sibling_folder_gives_its_module_the_framework() -> None:
    # Shaped like openkoda: openkoda/pom.xml's parent is ../openkoda-app, a parent pom (no
    # modules) whose <dependencies> hold the Spring Boot starters.
    parent = (
        "<parent><artifactId>app-parent</artifactId>"
        "<relativePath>../app-parent</relativePath></parent>"
    )
    files = {
        "pom.xml": _pom(
            "aggregator",
            "<packaging>pom</packaging><modules><module>app-parent</module>"
            "<module>app</module></modules>",
        ),
        "app-parent/pom.xml": _pom(
            "app-parent",
            "<packaging>pom</packaging><dependencies><dependency>"
            "<groupId>org.springframework.boot</groupId>"
            "<artifactId>spring-boot-starter-web</artifactId></dependency>"
            "<dependency><artifactId>postgresql</artifactId></dependency></dependencies>",
        ),
        "app/pom.xml": _pom("app", parent=parent),
    }
    assert apps_with_language(files) == [(".", "java", "spring-boot", 8080)]
    assert service_names(files) == ["postgres"]


def test_a_reactor_roots_dependencies_make_no_library_an_app() -> None:
    # Shaped like eladmin: the root aggregator declares Spring Boot for every module; only
    # the module with the plugin runs.
    parent = "<parent><artifactId>root</artifactId></parent>"
    files = {
        "pom.xml": _pom(
            "root",
            "<packaging>pom</packaging><modules><module>web</module><module>logging</module>"
            "</modules><dependencies><dependency><artifactId>spring-boot-starter"
            "</artifactId></dependency></dependencies>",
        ),
        "web/pom.xml": _pom(
            "web", "<build><plugin>spring-boot-maven-plugin</plugin></build>", parent
        ),
        "logging/pom.xml": _pom("logging", parent=parent),
    }
    assert [a[0] for a in apps_with_language(files)] == ["."]
    assert len(plan_of(files)["plan"].apps) == 1


def test_a_dotnet_new_templates_source_is_no_app(tmp_path: Path) -> None:
    # Shaped like Admin.Core: templates/app/content (with .template.config/) is a whole
    # solution with placeholder names that `dotnet new` instantiates.
    web = '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>'
    for path in ("src/Host/Host.csproj", "templates/app/content/MyApp.Host/MyApp.Host.csproj"):
        (tmp_path / path).parent.mkdir(parents=True)
        (tmp_path / path).write_text(web)
    (tmp_path / "src/App.sln").write_text("")
    (tmp_path / "templates/app/content/MyApp.sln").write_text("")
    (tmp_path / "templates/app/content/.template.config").mkdir()
    (tmp_path / "templates/app/content/.template.config/template.json").write_text("{}")
    apps = [a[0] for a in apps_with_language(dict(gather(tmp_path).texts))]
    assert apps and not [path for path in apps if path.startswith("templates")]


def test_a_standalone_maven_api_jar_another_build_uses_is_no_app() -> None:
    # Shaped like micronaut-microservices-poc: pricing-service-api (micronaut-parent, the
    # plugin only in pluginManagement, no main class) is a dependency of pricing-service.
    parent = "<parent><artifactId>micronaut-parent</artifactId></parent>"
    files = {
        "pricing-api/pom.xml": _pom(
            "pricing-api",
            "<dependencies><dependency><groupId>io.micronaut</groupId>"
            "<artifactId>micronaut-http</artifactId></dependency></dependencies>"
            "<build><pluginManagement><plugin>micronaut-maven-plugin</plugin>"
            "</pluginManagement></build>",
            parent,
        ),
        "pricing/pom.xml": _pom(
            "pricing",
            "<properties><exec.mainClass>a.App</exec.mainClass></properties>"
            "<dependencies><dependency><groupId>io.micronaut</groupId>"
            "<artifactId>micronaut-http-server-netty</artifactId></dependency>"
            "<dependency><artifactId>pricing-api</artifactId></dependency>"
            "<dependency><artifactId>elasticsearch-rest-high-level-client</artifactId>"
            "</dependency></dependencies>",
            parent,
        ),
    }
    assert [a[:3] for a in apps_with_language(files)] == [("pricing", "java", "micronaut")]
    assert service_names(files) == ["elasticsearch"]


def _databasir_shaped(api_config: str) -> dict[str, str]:
    # The root build applies the Spring Boot plugin to every subproject; api (which declares
    # it `apply false` and the web starter) uses core, whose drivers reach the databases
    # the app documents.
    return {
        "settings.gradle": "include 'api'\ninclude 'core'\n",
        "build.gradle": (
            "plugins {\n  id 'org.springframework.boot' version '2.5' apply false\n}\n"
            "subprojects {\n  apply plugin: 'org.springframework.boot'\n}\n"
        ),
        "api/build.gradle": (
            "plugins {\n  id 'org.springframework.boot' apply false\n}\n"
            "dependencies {\n  implementation project(':core')\n"
            "  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n"
        ),
        "api/src/main/resources/application.properties": api_config,
        "core/build.gradle": (
            "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter'\n"
            "  implementation 'mysql:mysql-connector-java:8'\n"
            "  implementation 'org.postgresql:postgresql:42'\n}\n"
        ),
    }


def test_a_gradle_project_a_framework_build_uses_is_its_library() -> None:
    files = _databasir_shaped("server.port=8080\n")
    assert [a[:3] for a in apps_with_language(files)] == [(".", "java", "spring-boot")]
    assert len(plan_of(files)["plan"].apps) == 1


def test_the_datasource_the_main_configuration_names_is_the_apps_database() -> None:
    files = _databasir_shaped("spring.datasource.url=jdbc:mysql://${db.url}/databasir\n")
    assert service_names(files) == ["mysql"]


def test_a_gradle_folder_the_settings_leave_out_is_not_built() -> None:
    # Shaped like eventuate-tram-examples-customers-and-orders: order-history-text-search-
    # service keeps its build.gradle (Elasticsearch) but settings.gradle no longer includes it.
    boot = "plugins {\n  id 'org.springframework.boot' version '3'\n}\n"
    files = {
        "settings.gradle": "include 'order:order-main'\n",
        "order/order-main/build.gradle": boot,
        "text-search/build.gradle": boot
        + "dependencies {\n"
        + "  implementation 'org.springframework.data:spring-data-elasticsearch'\n}\n",
    }
    assert [a.finding.main_package.value for a in plan_of(files)["plan"].apps] == [
        "./order/order-main"
    ]
    assert service_names(files) == []


def test_dependencies_only_the_tests_get_need_no_service() -> None:
    # Shaped like eventuate's end-to-end-tests: endToEndTestImplementation mssql-jdbc, and a
    # Maven test-scoped Testcontainers driver.
    gradle = {
        "build.gradle": "plugins {\n  id 'org.springframework.boot' version '3'\n}\n"
        "dependencies {\n  implementation 'org.postgresql:postgresql'\n"
        "  endToEndTestImplementation 'com.microsoft.sqlserver:mssql-jdbc:11'\n}\n",
    }
    assert service_names(gradle) == ["postgres"]
    maven = {
        "pom.xml": _pom(
            "app",
            "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
            "</dependency><dependency><artifactId>mysql-connector-j</artifactId>"
            "<scope>test</scope></dependency></dependencies>",
        )
    }
    assert service_names(maven) == []


def test_a_template_source_a_solution_above_lists_is_the_repositorys_own_app(
    tmp_path: Path,
) -> None:
    # Shaped like Onion-architecture-ASP.NET-Core: src/ holds .template.config (the repo is
    # also packed as a `dotnet new` template) and the root OA.sln lists src\OA\OA.csproj.
    (tmp_path / "src/OA").mkdir(parents=True)
    (tmp_path / "src/OA/OA.csproj").write_text('<Project Sdk="Microsoft.NET.Sdk.Web" />')
    (tmp_path / "src/.template.config").mkdir()
    (tmp_path / "src/.template.config/template.json").write_text("{}")
    (tmp_path / "OA.sln").write_text('Project("{X}") = "OA", "src\\OA\\OA.csproj", "{Y}"\n')
    assert [a.path for a in scan_repo(gather(tmp_path)).apps] == ["."]
    (tmp_path / "OA.sln").write_text("")  # listing none of its projects: a skeleton
    assert scan_repo(gather(tmp_path)).apps == ()


def test_a_console_client_or_updater_beside_the_web_projects_is_no_app() -> None:
    # Shaped like FeedR (src/Clients/Console calls the gateway) and oqtane (Oqtane.Updater
    # swaps an install's files): console programs that serve nothing.
    exe = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
    exe += "</PropertyGroup></Project>"
    files = {
        "Feed.sln": "",
        "src/Gateway/Feed.Gateway/Feed.Gateway.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web" />',
        "src/Clients/Console/Feed.Clients.Console/Feed.Clients.Console.csproj": exe,
        "Feed.Updater/Feed.Updater.csproj": exe,
    }
    apps = plan_of(files)["plan"].apps
    assert [a.finding.manifest for a in apps] == ["src/Gateway/Feed.Gateway/Feed.Gateway.csproj"]


def test_spring_boot_artifacts_a_pom_excludes_are_not_its_framework() -> None:
    # Shaped like JHipster's Micronaut sample: jhipster-framework's Spring Boot starters sit
    # in <exclusions>; the app is Micronaut.
    files = {
        "pom.xml": _pom(
            "app",
            "<dependencies><dependency><artifactId>jhipster-framework</artifactId><exclusions>"
            "<exclusion><groupId>org.springframework.boot</groupId>"
            "<artifactId>spring-boot-starter-web</artifactId></exclusion></exclusions>"
            "</dependency><dependency><groupId>io.micronaut</groupId>"
            "<artifactId>micronaut-http-server-netty</artifactId></dependency></dependencies>",
        ),
    }
    (app,) = plan_of(files)["plan"].apps
    assert app.finding.framework is not None and app.finding.framework.value == "micronaut"
