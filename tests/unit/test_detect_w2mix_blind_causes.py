"""Rule tests for the causes a mixed blind batch (Go, Rust, JVM, .NET, PHP, Ruby; issue 7)
showed detection did not reach, each on a small tree of the shape that showed it."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import pkg
from tests.unit.test_detect_rules import plan_of

GO_MOD = "module x\n\ngo 1.22\n"
POM = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>shop</artifactId><dependencies>"
    "<dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
    "<dependency><artifactId>spring-boot-starter-data-redis</artifactId></dependency>"
    "<dependency><artifactId>mysql-connector-java</artifactId></dependency>"
    "</dependencies></project>"
)


def ports_of(files: dict[str, str]) -> dict[str, int | None]:
    apps = plan_of(files)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def services_of(files: dict[str, str], *others: str) -> list[str]:
    return sorted(s.name for s in plan_of(files, *others)["plan"].services)


def test_create_react_app_reads_its_port_from_its_env_file() -> None:
    # Shaped like Netflix/conductor's ui: `react-scripts start`, PORT=5000 in ui/.env.
    ui = pkg(scripts={"start": "react-scripts start"}, dependencies={"react-scripts": "5"})
    assert ports_of({"ui/package.json": ui, "ui/.env": "PORT=5000\n"}) == {"ui": 5000}
    assert ports_of({"ui/package.json": ui}) == {"ui": 3000}


def test_a_go_apps_env_file_gives_its_whole_listen_address() -> None:
    # Shaped like techschool/simplebank: viper reads app.env; the gRPC and Redis addresses
    # beside the HTTP server's are not the app's port.
    env = (
        "REDIS_ADDRESS=0.0.0.0:6379\nGRPC_SERVER_ADDRESS=0.0.0.0:9090\n"
        "HTTP_SERVER_ADDRESS=0.0.0.0:8080\n"
    )
    files = {"go.mod": GO_MOD, "main.go": "package main\n", "app.env": env}
    assert ports_of(files) == {".": 8080}


def test_gems_that_bring_sidekiq_need_redis() -> None:
    # Shaped like alphagov/content-publisher: govuk_sidekiq and sidekiq-scheduler, no sidekiq.
    gemfile = 'gem "rails"\ngem "pg"\ngem "govuk_sidekiq"\ngem "sidekiq-scheduler"\n'
    files = {"Gemfile": gemfile, "config/application.rb": ""}
    assert services_of(files, "bin/rails", "config.ru") == ["postgres", "redis"]


def test_springs_dev_profile_database_is_needed_when_compose_runs_no_database() -> None:
    # Shaped like macrozheng/mall-tiny: compose runs Redis and the app's image, the dev
    # profile's datasource is a MySQL outside it.
    files = {
        "pom.xml": POM,
        "src/main/resources/application.yml": "spring:\n  profiles:\n    active: dev\n",
        "src/main/resources/application-dev.yml": "spring:\n  datasource:\n"
        "    url: jdbc:mysql://localhost:3306/shop\n  redis:\n    host: localhost\n",
        "docker-compose.yml": "services:\n  redis:\n    image: redis:7\n",
    }
    assert services_of(files) == ["mysql", "redis"]
    # A prod profile's database is not the developer's.
    files["src/main/resources/application-prod.yml"] = files.pop(
        "src/main/resources/application-dev.yml"
    )
    assert services_of(files) == ["redis"]


def test_an_optional_crate_the_default_features_leave_off_is_no_service() -> None:
    # Shaped like neon-mmd/websurfx: `default = ["memory-cache"]`, redis behind a feature.
    cargo = (
        '[package]\nname = "search"\n\n[dependencies]\nactix-web = "4"\n'
        'moka = { version = "0.12", optional = true }\n'
        'redis = { version = "0.27", optional = true }\n\n'
        '[features]\ndefault = ["memory-cache"]\nmemory-cache = ["dep:moka"]\n'
        'redis-cache = ["dep:redis"]\n'
    )
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n"}
    assert services_of(files) == []
    on = cargo.replace('default = ["memory-cache"]', 'default = ["redis-cache"]')
    assert services_of({**files, "Cargo.toml": on}) == ["redis"]


def test_a_gradle_build_whose_server_applies_spring_boot_runs_only_the_server() -> None:
    # Shaped like Netflix/conductor: settings.gradle renames every project (`conductor-rest`
    # is rest/), the root only puts the Spring Boot plugin on the buildscript classpath, the
    # server applies it and uses the other projects; client-spring is a starter library.
    settings = (
        "rootProject.name = 'flow'\ninclude 'server'\ninclude 'rest'\ninclude 'core'\n"
        "include 'client-spring'\n"
        'rootProject.children.each {it.name="flow-${it.name}"}\n'
    )
    root = (
        "buildscript {\n  dependencies {\n"
        "    classpath 'org.springframework.boot:spring-boot-gradle-plugin:2.7.16'\n  }\n}\n"
        "plugins {\n  id 'java'\n  id 'application'\n}\n"
    )
    files = {
        "settings.gradle": settings,
        "build.gradle": root,
        "server/build.gradle": "plugins {\n  id 'org.springframework.boot'\n}\n"
        "dependencies {\n  implementation project(':flow-rest')\n"
        "  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "rest/build.gradle": "dependencies {\n  implementation project(':flow-core')\n"
        "  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
        "core/build.gradle": "dependencies {\n"
        "  compileOnly 'org.springframework.boot:spring-boot-starter'\n}\n",
        "client-spring/build.gradle": "dependencies {\n"
        "  implementation 'org.springframework.boot:spring-boot-starter'\n}\n",
    }
    apps = plan_of(files)["plan"].apps
    found = [(a.finding.path, a.finding.main_package) for a in apps]
    assert [(p, m.value if m else None) for p, m in found] == [(".", "./server")]
