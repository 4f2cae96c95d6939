"""Java, .NET and Rust rules found on real repositories, each on a small tree of its shape."""

from __future__ import annotations

from devenv.detect.plan import spec_entries
from devenv.project import build_project
from devenv.spec.load import parse_spec
from devenv.spec.write import to_yaml
from tests.unit.test_detect_rules import app_of, plan_of

SPRING_POM = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>shop</artifactId><dependencies>"
    "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
    "<dependency><artifactId>h2</artifactId></dependency>"
    "<dependency><artifactId>mysql-connector-j</artifactId></dependency>"
    "<dependency><artifactId>postgresql</artifactId></dependency>"
    "</dependencies></project>"
)


def test_an_embedded_h2_beside_server_drivers_needs_no_server() -> None:
    # Shaped like spring-petclinic: H2 by default, MySQL and PostgreSQL behind profiles.
    plan = plan_of(
        {
            "pom.xml": SPRING_POM,
            "src/main/resources/application.properties": "database=h2\n",
            "src/main/resources/application-mysql.properties": "spring.datasource.url="
            "jdbc:mysql://localhost/shop\n",
            "docker-compose.yml": "services:\n  mysql:\n    image: mysql:9\n"
            "  postgres:\n    image: postgres:18\n",
        }
    )
    assert "services" not in plan["spec"]
    assert any("--service postgres" in note for note in plan["plan"].notes)


def test_a_datasource_url_in_the_main_configuration_beats_the_embedded_database() -> None:
    plan = plan_of(
        {
            "pom.xml": SPRING_POM,
            "src/main/resources/application.yml": "spring:\n  datasource:\n"
            "    url: jdbc:postgresql://localhost/shop\n",
        }
    )
    assert list(plan["spec"]["services"]) == ["postgres"]


def test_a_maven_module_without_a_parent_there_builds_on_its_own() -> None:
    # Shaped like quarkus-super-heroes: the root pom only aggregates standalone services.
    service = (
        "<project><artifactId>{name}</artifactId><dependencies><dependency>"
        "<artifactId>quarkus-rest</artifactId></dependency>{extra}</dependencies>"
        "<build><plugins><plugin><artifactId>quarkus-maven-plugin</artifactId></plugin>"
        "</plugins></build></project>"
    )
    files = {
        "pom.xml": "<project><artifactId>heroes</artifactId><packaging>pom</packaging>"
        "<modules><module>rest-fights</module><module>rest-villains</module></modules></project>",
        "rest-fights/pom.xml": service.format(
            name="rest-fights", extra="<dependency><artifactId>rest-villains</artifactId>"
        ).replace("</dependencies>", "</dependency></dependencies>"),
        "rest-villains/pom.xml": service.format(name="rest-villains", extra=""),
        "rest-villains/src/main/resources/application.properties": "quarkus.http.port=8084\n",
    }
    plan = plan_of(files, "rest-villains/mvnw", "rest-fights/mvnw")
    apps = {a.finding.path: a for a in plan["plan"].apps}
    # rest-fights uses its sibling's artifact, so it builds from the aggregator.
    assert sorted(apps) == [".", "rest-villains"]
    assert apps["rest-villains"].port is not None and apps["rest-villains"].port.value == 8084


GRADLE_CATALOG = """[plugins]
micronaut-application = { id = "io.micronaut.application", version = "4.6.2" }
spring-boot = { id = "org.springframework.boot", version = "3.5.0" }
"""


def test_a_version_catalog_plugin_alias_names_the_framework() -> None:
    # Shaped like realworld-backend-micronaut: the plugin comes as libs.plugins.<alias>.
    files = {
        "settings.gradle.kts": 'include("service")\n',
        "gradle/libs.versions.toml": GRADLE_CATALOG,
        "build.gradle.kts": "plugins {\n    base\n}\n",
        "service/build.gradle.kts": "plugins {\n    alias(libs.plugins.micronaut.application)\n}\n"
        "dependencies {\n    runtimeOnly(mn.h2)\n    implementation(mn.micronaut.data.jdbc)\n}\n",
    }
    plan = plan_of(files, "gradlew")
    (app,) = plan["plan"].apps
    assert app.finding.framework.value == "micronaut"
    assert app.finding.path == "."


def test_a_gradle_java_library_is_not_an_app_and_its_dependencies_reach_the_app() -> None:
    # Shaped like halo: api/ applies java-library and lists starters and drivers; the
    # application depends on project(':api') and applies the Spring Boot plugin.
    files = {
        "settings.gradle": "include 'api', 'application'\n",
        "gradle/libs.versions.toml": GRADLE_CATALOG,
        "build.gradle": "plugins {\n    alias(libs.plugins.spring.boot) apply false\n}\n",
        "api/build.gradle": "plugins {\n    id 'java-library'\n}\ndependencies {\n"
        "    api 'org.springframework.boot:spring-boot-starter-webflux'\n"
        "    runtimeOnly 'io.r2dbc:r2dbc-h2'\n    runtimeOnly 'org.postgresql:postgresql'\n"
        "    runtimeOnly 'io.lettuce:lettuce-core'\n}\n",
        "application/build.gradle": "plugins {\n    alias(libs.plugins.spring.boot)\n}\n"
        "dependencies {\n    implementation project(':api')\n}\n",
        "application/src/main/resources/application.yaml": "server:\n  port: 8090\n",
    }
    plan = plan_of(files, "gradlew")
    (app,) = plan["plan"].apps
    assert app.finding.manifest == "application/build.gradle"
    assert app.port is not None and app.port.value == 8090
    # Redis comes through the library; PostgreSQL is an option beside the embedded H2.
    assert [s.name for s in plan["plan"].services] == ["redis"]
    assert any("api/build.gradle r2dbc-h2 is an embedded default" in n for n in plan["plan"].notes)


def test_redissons_spring_boot_starter_is_a_redis_client() -> None:
    # Shaped like mall4j: the starter alone, without the `redisson` artifact, brings Redis.
    files = {
        "build.gradle": "plugins {\n    id 'org.springframework.boot' version '3.2.0'\n}\n"
        "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
        "    implementation 'org.redisson:redisson-spring-boot-starter:3.27.0'\n}\n",
    }
    plan = plan_of(files, "gradlew")
    assert [s.name for s in plan["plan"].services] == ["redis"]


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


DOTNET_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>'
    '<PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" />'
    '<PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />'
    "</ItemGroup></Project>"
)


def test_a_sqlite_connection_string_makes_the_server_providers_options() -> None:
    # Shaped like the Clean Architecture template: SQLite unless appsettings says otherwise.
    files = {
        "src/Web/Web.csproj": DOTNET_WEB,
        "src/Web/appsettings.json": '{"ConnectionStrings": {"Db": "DataSource=app.db"}}',
    }
    assert "services" not in plan_of(files)["spec"]
    files["src/Web/appsettings.json"] = '{"ConnectionStrings": {"Db": "Host=localhost;Port=5432"}}'
    assert list(plan_of(files)["spec"]["services"]) == ["postgres"]


def test_a_rust_port_default_in_a_settings_crate_of_the_workspace() -> None:
    # Shaped like lemmy: the binary's crate starts the server; the port's default is a
    # smart-default attribute in the utils crate's settings struct.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/server/Cargo.toml": '[package]\nname = "server"\n\n[dependencies]\n'
        'actix-web = "4"\n',
        "crates/server/src/main.rs": "fn main() {}\n",
        "crates/utils/Cargo.toml": '[package]\nname = "utils"\n',
        "crates/utils/src/settings/structs.rs": "pub struct Settings {\n"
        "  #[default(5432)]\n  pub database_port: u16,\n"
        "  /// Port where the server listens\n  #[default(8536)]\n  pub port: u16,\n}\n",
    }
    assert app_of(files)["port"] == 8536


def test_a_rust_port_from_config_builder_defaults_and_env_examples() -> None:
    crate = '[package]\nname = "srv"\n\n[dependencies]\naxum = "0.8"\n'
    builder = 'Config::builder().set_default("host", "127.0.0.1")?.set_default("port", 8888)?;\n'
    assert app_of({"Cargo.toml": crate, "src/main.rs": "", "src/settings.rs": builder})["port"] == (
        8888
    )
    sample = "DATABASE_URL=postgres://localhost:5432/app\nBIND_ADDRESS=127.0.0.1:8088\n"
    assert app_of({"Cargo.toml": crate, "src/main.rs": "", ".env.example": sample})["port"] == 8088


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
