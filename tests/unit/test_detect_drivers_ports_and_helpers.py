"""Rules about which database driver, listen port and helper folder count: an image that
brings the driver the compose files wire, a port a server's own code defaults to, and folders
of scripts beside the app that are no apps. Each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> dict[str, tuple[str, int | None]]:
    return {
        a.finding.path: (a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    }


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_django_takes_the_server_compose_wires_over_an_alternative_driver() -> None:
    # Shaped like patchwork: psycopg is listed for DATABASE_TYPE=postgres; the dev compose runs
    # MySQL and wires DATABASE_HOST; the image installs mysqlclient.
    compose = (
        "services:\n  db:\n    image: mysql:9\n  web:\n    build: .\n"
        "    environment:\n      - DATABASE_HOST=db\n      - DATABASE_PORT=3306\n"
    )
    files = {
        "requirements.txt": "Django~=6.0\npsycopg~=3.3\n",
        "manage.py": "import django\n",
        "docker-compose.yml": compose,
    }
    assert _services(files) == ["mysql"]


def test_a_rust_port_default_bound_before_the_variable_is_read() -> None:
    # Shaped like nettu-scheduler: the config crate binds the default, then reads PORT.
    config = (
        'let default_port = "5000";\n'
        'let port = std::env::var("PORT").unwrap_or_else(|_| default_port.into());\n'
    )
    files = {
        "Cargo.toml": '[package]\nname = "svc"\n[dependencies]\nactix-web = "4"\n',
        "src/main.rs": "#[actix_web::main]\nasync fn main() {}\n",
        "src/config.rs": config,
    }
    assert _apps(files) == {".": ("actix", 5000)}


def test_spring_services_switched_off_under_their_own_key_are_left_out() -> None:
    # Shaped like novel: the starters for Elasticsearch and AMQP are built in, but the main
    # configuration switches both off; a health check switched off leaves Redis on.
    pom = (
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
        "</dependency><dependency><artifactId>spring-boot-starter-data-redis</artifactId>"
        "</dependency><dependency><artifactId>spring-boot-starter-data-elasticsearch"
        "</artifactId></dependency><dependency><artifactId>spring-boot-starter-amqp"
        "</artifactId></dependency><dependency><artifactId>mysql-connector-j</artifactId>"
        "</dependency></dependencies></project>"
    )
    config = (
        "spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/app\n"
        "  elasticsearch:\n    enabled: false\n  amqp:\n    enabled: false\n"
        "  rabbitmq:\n    template:\n      retry:\n        enabled: true\n"
        "management:\n  health:\n    redis:\n      enabled: false\n"
    )
    files = {
        "pom.xml": pom,
        "src/main/java/app/App.java": "@SpringBootApplication\npublic class App {}\n",
        "src/main/resources/application.yml": config,
    }
    assert _services(files) == ["mysql", "redis"]


def test_a_helper_inside_an_image_build_folder_is_no_app() -> None:
    # Shaped like trieve and elabftw: docker/<script>/ and containers/<image>/helpers hold
    # a Python script and a Go helper each image bakes in, beside the real app.
    files = {
        "package.json": '{"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}',
        "docker/clustering-script/requirements.txt": "clickhouse-connect\n",
        "docker/clustering-script/get_clusters.py": "print('clusters')\n",
        "containers/image/helpers/go.mod": "module helpers\n\ngo 1.22\n",
        "containers/image/helpers/main.go": "package main\n\nfunc main() {}\n",
    }
    assert list(_apps(files)) == ["."]


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
