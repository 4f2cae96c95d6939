"""Detection of Rust, Java and .NET apps on in-memory trees shaped like real repositories."""

from __future__ import annotations

import pytest

from devenv.errors import SpecError
from devenv.project import build_project
from devenv.spec.load import parse_spec
from devenv.spec.write import to_yaml
from tests.unit.test_detect_rules import app_of, plan_of

AXUM = """[package]
name = "realworld"
version = "0.1.0"
edition = "2021"

[dependencies]
axum = "0.6"
sqlx = { version = "0.6", features = ["runtime-tokio-native-tls", "postgres", "uuid"] }
"""


def test_an_axum_crate_runs_its_binary_with_its_port_and_sqlx_database() -> None:
    files = {
        "Cargo.toml": AXUM,
        "src/main.rs": "fn main() {}\n",
        "src/http/mod.rs": 'axum::Server::bind(&"0.0.0.0:8080".parse()?)\n',
    }
    plan = plan_of(files, "Cargo.lock")
    app = plan["spec"]["apps"]["web"]
    assert app["language"] == "rust" and app["framework"] == "axum"
    assert app["port"] == 8080 and app["prod_command"] == "realworld"
    assert app["version"] == "1.85"
    assert list(plan["spec"]["services"]) == ["postgres"]


def test_a_rust_workspace_is_one_app_running_its_binary_crate() -> None:
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\n'
        'redis = "0.25"\n',
        "crates/core/Cargo.toml": '[package]\nname = "core"\n',
        "crates/core/src/lib.rs": "",
        "crates/server/Cargo.toml": '[package]\nname = "server"\n\n[dependencies]\n'
        'actix-web = "4"\ndiesel = { version = "2", features = ["postgres"] }\n',
        "crates/server/src/main.rs": "fn main() {}\n",
        "rust-toolchain.toml": '[toolchain]\nchannel = "1.80.0"\n',
    }
    plan = plan_of(files)
    assert [a.finding.path for a in plan["plan"].apps] == ["."]
    app = plan["spec"]["apps"]["web"]
    assert app["framework"] == "actix" and app["version"] == "1.80"
    assert app["command"] == ["cargo-rerun", "--package", "server"]
    assert app["prod_command"] == "server"
    assert sorted(plan["spec"]["services"]) == ["postgres", "redis"]


def test_a_rust_library_is_a_note() -> None:
    plan = plan_of({"Cargo.toml": '[package]\nname = "lib"\n', "src/lib.rs": ""})
    assert plan["spec"] is None
    assert any("a Rust library" in note for note in plan["plan"].notes)


PETCLINIC = """<project>
  <parent><groupId>org.springframework.boot</groupId></parent>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  </dependencies>
</project>
"""


def test_a_spring_boot_app_with_the_maven_wrapper_gets_spring_wiring() -> None:
    files = {
        "pom.xml": PETCLINIC,
        "src/main/resources/application.properties": "server.port=${PORT:9966}\n",
    }
    plan = plan_of(files, "mvnw", ".mvn/wrapper/maven-wrapper.properties")
    app = plan["spec"]["apps"]["web"]
    assert (app["package_manager"], app["framework"], app["version"]) == (
        "mvnw",
        "spring-boot",
        "17",
    )
    assert app["port"] == 9966
    # Two SQL drivers and no configuration naming one: one database (weigh.py decides which).
    assert "postgres" in plan["spec"]["services"]
    spec = parse_spec(to_yaml(_entries(plan)))
    env = dict(build_project(spec).app_env)["web"]
    assert ("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/app") in env
    web = next(s for s in build_project(spec).services if s.name == "web")
    assert web.command == ("./mvnw", "spring-boot:run")


def test_gradle_modules_that_are_libraries_are_notes_and_the_app_is_found() -> None:
    files = {
        "settings.gradle": "include 'core', 'web'\n",
        "core/build.gradle": "plugins { id 'java-library' }\n",
        "web/build.gradle": "plugins { id 'io.quarkus' }\njava {\n  toolchain {\n"
        "    languageVersion = JavaLanguageVersion.of(21)\n  }\n}\n",
        "web/src/main/resources/application.yml": "quarkus:\n  http:\n    port: 8090\n",
    }
    plan = plan_of(files, "gradlew")
    # The module builds from the root, where settings.gradle and the wrapper are.
    assert [a.finding.path for a in plan["plan"].apps] == ["."]
    app = plan["spec"]["apps"]["web"]
    assert (app["framework"], app["version"], app["package_manager"]) == (
        "quarkus",
        "21",
        "gradlew",
    )
    assert app["main_package"] == "./web" and app["port"] == 8090
    assert any("core: a Java library" in note for note in plan["plan"].notes)


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
    env = dict(dict(build_project(parse_spec(to_yaml(_entries(plan)))).app_env)["web"])
    assert env["ConnectionStrings__DefaultConnection"].startswith("Host=postgres;Port=5432;")
    assert env["ConnectionStrings__redis"] == "redis:6379"


def test_compiled_languages_need_a_prod_command_when_no_convention_gives_one() -> None:
    with pytest.raises(SpecError) as error:
        parse_spec(b"name: x\napps:\n  web:\n    language: rust\n")
    assert "apps.web.prod_command" in str(error.value.problems[0].key)
    parse_spec(b"name: x\napps:\n  web:\n    language: rust\n    prod_command: server\n")


def _entries(plan: dict) -> tuple:
    from devenv.detect.plan import spec_entries

    return spec_entries(plan["plan"])


def test_app_of_is_shared() -> None:
    assert app_of({"Cargo.toml": AXUM, "src/main.rs": ""})["language"] == "rust"


def test_maven_modules_build_from_the_aggregator_with_the_root_wrapper() -> None:
    # Shaped like a Spring microservices repository: a packaging-pom root with the wrapper.
    module = (
        "<project><parent><artifactId>root</artifactId></parent><dependencies>"
        "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>{extra}"
        "</dependencies></project>"
    )
    files = {
        "pom.xml": "<project><packaging>pom</packaging><modules><module>customers-service"
        "</module><module>api-gateway</module></modules></project>",
        "customers-service/pom.xml": module.format(
            extra="<dependency><artifactId>mysql-connector-j</artifactId></dependency>"
        ),
        "api-gateway/pom.xml": module.format(extra=""),
        "api-gateway/src/main/resources/application.yml": "server:\n  port: 8081\n",
    }
    plan = plan_of(files, "mvnw", ".mvn/wrapper/maven-wrapper.properties")
    apps = plan["spec"]["apps"]
    assert sorted(apps) == ["api-gateway", "customers-service"]
    assert {a["main_package"] for a in apps.values()} == {"./api-gateway", "./customers-service"}
    assert {a["package_manager"] for a in apps.values()} == {"mvnw"}
    assert apps["api-gateway"]["port"] == 8081
    assert apps["customers-service"]["uses"] == ["mysql"]
    assert "dockerfile" in apps["customers-service"] or "dockerfile" in apps["api-gateway"]
    spec = parse_spec(to_yaml(_entries(plan)))
    web = next(s for s in build_project(spec).services if s.name == "api-gateway")
    assert web.command == ("./mvnw", "-pl", "api-gateway", "spring-boot:run")
    assert any("aggregator" in note for note in plan["plan"].notes)
