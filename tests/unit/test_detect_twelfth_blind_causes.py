"""Rules a Go, Rust and JVM blind batch showed (issue 7), each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of

SETTINGS = "rootProject.name = 'flows'\ninclude 'cli'\ninclude 'core'\ninclude 'platform'\n"
ROOT = (
    'plugins {\n    id "application"\n}\n'
    'application {\n    mainClass = "io.flows.cli.App"\n}\n'
    'dependencies {\n    implementation project(":cli")\n}\n'
    "subprojects {\n    dependencies {\n"
    '        implementation enforcedPlatform(project(":platform"))\n    }\n}\n'
)
CLI = 'dependencies {\n    implementation "io.micronaut:micronaut-http-server-netty"\n' + (
    '    implementation project(":core")\n}\n'
)
CORE = 'dependencies {\n    implementation "io.micronaut:micronaut-inject"\n}\n'
PLATFORM = (
    'plugins {\n    id "java-platform"\n}\n'
    "dependencies {\n    constraints {\n        api 'org.postgresql:postgresql:42.7.4'\n"
    "    }\n}\n"
)


def _apps(files: dict[str, str]) -> list[tuple[str, str | None, str]]:
    plan = plan_of(files)["plan"]
    return [
        (
            a.finding.path,
            a.finding.main_package.value if a.finding.main_package else None,
            a.finding.framework.value,
        )
        for a in plan.apps
    ]


def test_a_gradle_root_application_runs_the_framework_of_the_module_it_depends_on() -> None:
    # Shaped like Kestra: the root names the main class and depends on :cli, which runs
    # Micronaut and uses :core; the modules are parts of the root's app.
    files = {
        "settings.gradle": SETTINGS,
        "build.gradle": ROOT,
        "cli/build.gradle": CLI,
        "core/build.gradle": CORE,
        "platform/build.gradle": PLATFORM,
    }
    assert _apps(files) == [(".", None, "micronaut")]


def test_an_enforced_platform_project_is_a_bom_not_a_dependency() -> None:
    files = {
        "settings.gradle": SETTINGS,
        "build.gradle": ROOT.replace(
            ':cli")', ':cli")\n    implementation enforcedPlatform(project(":platform"))'
        ),
        "cli/build.gradle": CLI,
        "core/build.gradle": CORE,
        "platform/build.gradle": PLATFORM,
    }
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_a_test_suite_module_with_a_main_class_is_not_an_app() -> None:
    e2e = 'plugins {\n    id "application"\n}\napplication {\n    mainClass = "com.x.CLI"\n}\n'
    files = {
        "settings.gradle": SETTINGS + "include 'e2e-tests'\n",
        "build.gradle": ROOT,
        "cli/build.gradle": CLI,
        "core/build.gradle": CORE,
        "platform/build.gradle": PLATFORM,
        "e2e-tests/build.gradle": e2e,
    }
    assert _apps(files) == [(".", None, "micronaut")]


GO_MOD = "module github.com/acme/recs\n\ngo 1.22\n"
MAIN = "package main\n\nfunc main() {}\n"


def test_a_config_http_port_beats_the_plain_port_and_its_service_publishes_both() -> None:
    # Shaped like gorse: the master's gRPC `port` and its `http_port` in config.toml; the
    # compose service publishes both, gRPC's first.
    compose = (
        "services:\n  master:\n    image: acme/recs-master\n"
        "    ports:\n      - 8086:8086\n      - 8088:8088\n"
        "  server:\n    image: acme/recs-server\n    ports:\n      - 8087:8087\n"
    )
    files = {
        "go.mod": GO_MOD,
        "cmd/recs-master/main.go": MAIN,
        "cmd/recs-server/main.go": MAIN,
        "config/config.toml": '[master]\nport = 8086\nhost = "0.0.0.0"\nhttp_port = 8088\n',
        "docker-compose.yml": compose,
    }
    plan = plan_of(files)["plan"]
    ports = {a.finding.main_package.value: a.port.value for a in plan.apps if a.port}
    assert ports == {"./cmd/recs-master": 8088, "./cmd/recs-server": 8087}


def test_vue_cli_s_serve_script_is_the_dev_command_over_the_entry_file() -> None:
    # Shaped like wild-workouts' web/: `serve` and `build` scripts, no dev or start.
    package = (
        '{"name": "web", "scripts": {"serve": "vue-cli-service serve", '
        '"build": "vue-cli-service build"}, "devDependencies": {"@vue/cli-service": "^4"}}'
    )
    files = {"web/package.json": package, "web/src/main.js": "new Vue({})\n"}
    plan = plan_of(files)["plan"]
    assert [(a.finding.path, a.port.value if a.port else None) for a in plan.apps] == [
        ("web", 8080)
    ]
    command = plan.apps[0].finding.command
    assert command is not None and command.value == "npm run serve"
