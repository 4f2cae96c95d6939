"""Small helpers the detection rule tests (tests/unit/test_detect_*.py) share: planning an
in-memory tree and reading the apps, ports and services of the plan, writing a tree to disk,
and the manifests many of the trees use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from devenv.detect.plan import Choices, make_plan, spec_entries
from devenv.detect.scan import scan_repo
from devenv.detect.tree import RepoTree
from devenv.spec.load import parse_spec
from devenv.spec.write import to_data, to_yaml

GO_MOD = "module x\n\ngo 1.22\n"
WEB_CSPROJ = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup></PropertyGroup></Project>'
EXE_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
    "</PropertyGroup></Project>"
)


def plan_of(files: dict[str, str], *others: str, choices: Choices | None = None) -> dict:
    """Scan and plan a tree of `files` (texts) and `others` (empty files): the plan, the scan
    and the spec's data (None without apps; a spec is checked to parse first)."""
    scan = scan_repo(RepoTree.of(files, *others))
    plan = make_plan(scan, choices or Choices(), "repo")
    entries = spec_entries(plan)
    if plan.apps:
        parse_spec(to_yaml(entries))
    return {"spec": to_data(entries) if plan.apps else None, "plan": plan, "scan": scan}


def app_of(files: dict[str, str], *others: str) -> dict:
    spec = plan_of(files, *others)["spec"]
    assert spec is not None
    return next(iter(spec["apps"].values()))


def apps_of(files: dict[str, str], *others: str) -> dict[str, dict[str, object]]:
    spec = plan_of(files, *others)["spec"]
    return {} if spec is None else spec["apps"]


def services_of(files: dict[str, str], *others: str) -> list[str]:
    return [s.name for s in plan_of(files, *others)["plan"].services]


def service_names(files: dict[str, str], *others: str) -> list[str]:
    return sorted(s.name for s in plan_of(files, *others)["plan"].services)


def notes_of(files: dict[str, str], *others: str) -> str:
    return "\n".join(plan_of(files, *others)["plan"].notes)


def app_paths(files: dict[str, str], *others: str) -> list[str]:
    return [a.finding.path for a in plan_of(files, *others)["plan"].apps]


def paths_of(files: dict[str, str], *others: str) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files, *others)["plan"].apps)


def ports_of(files: dict[str, str], *others: str) -> dict[str, int | None]:
    apps = plan_of(files, *others)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def path_ports(files: dict[str, str]) -> list[tuple[str, int | None]]:
    return [(a.finding.path, a.port.value if a.port else None) for a in plan_of(files)["plan"].apps]


def frameworks_and_ports(files: dict[str, str]) -> dict[str, tuple[str, int | None]]:
    return {
        a.finding.path: (a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    }


def pkg(**data: object) -> str:
    return json.dumps(data)


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data)


def write_files(root: Path, files: dict[str, str] | dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


# Trees, manifests and readers the tests of several subjects use.
ADONIS = '{"scripts": {"dev": "node ace serve --hmr", "start": "node bin/server.js"}, '
ADONIS += '"dependencies": {"@adonisjs/core": "6.20", "@adonisjs/lucid": "^21", "pg": "^8"%s}, '
ADONIS += '"devDependencies": {"vite": "^6"}}'

GO_APP = {
    "go.mod": "module example.com/pager\n\ngo 1.22\n",
    "cmd/pager/main.go": 'package main\n\nfunc main() { listen(":8081") }\n',
}

SYMFONY = {"php": ">=8.1", "symfony/framework-bundle": "^6.4"}

WEB_AXUM = '[package]\nname = "web"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'

PNPM = "packages:\n  - 'apps/*'\n  - 'packages/*'\n"

BOT_AXUM = '[package]\nname = "bot"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'

APP_GO_MOD = "module example.com/app\n\ngo 1.22\n"

REALWORLD_AXUM = """[package]
name = "realworld"
version = "0.1.0"
edition = "2021"

[dependencies]
axum = "0.6"
sqlx = { version = "0.6", features = ["runtime-tokio-native-tls", "postgres", "uuid"] }
"""

NODE_CLIENTS = {
    "package.json": pkg(
        name="x",
        scripts={"dev": "node server.js"},
        dependencies={"pg": "8", "kafkajs": "2", "redis": "4"},
    ),
    "server.js": "app.listen(3000)\n",
}

ROCKET = (
    '[package]\nname = "x"\n\n[dependencies]\nrocket = "0.4"\n'
    'diesel = { version = "1", features = ["r2d2"] }\n\n'
    '[features]\ndefault = ["postgres"]\npostgres = ["diesel/postgres"]\n'
    'sqlite = ["diesel/sqlite"]\n'
)

EXAMPLE_GO_MOD = "module example.com/x\n\ngo 1.22\n"

ENGINE_DJANGO = {
    "engine/requirements.txt": "django==4.2\npsycopg2==2.9\nmysqlclient==2.2\nredis==5.0\n",
    "engine/manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")\n',
    "engine/settings/base.py": 'REDIS_URI = os.getenv("REDIS_URI")\n',
}

ENTERPRISE_WORKSPACE = {
    "package.json": pkg(name="root", private=True),
    "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - 'enterprise/packages/*'\n",
}

FLASK = "from flask import Flask\napp = Flask(__name__)\n"

NEXT = json.dumps({"scripts": {"dev": "next dev"}, "dependencies": {"next": "16"}})

DJANGO_MANAGE = "import django\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n"

NEXT_WORKSPACE = {
    "package.json": pkg(workspaces=["apps/*", "packages/*"]),
    "apps/web/package.json": pkg(
        name="web",
        scripts={"dev": "next dev"},
        dependencies={"next": "14", "@acme/db": "workspace:*", "@acme/lib": "*"},
    ),
}

DJANGO_PROJECT = {
    "requirements.txt": "django\n",
    "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")\n',
    "proj/__init__.py": "",
    "proj/settings.py": "",
}

SESSION_ACTIX = (
    '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\nactix-web = "4"\n'
    'actix-session = { version = "0.9", features = ["redis-session-rustls"] }\n'
)

COMPOSE_WITH_MINIO = "services:\n  db:\n    image: postgres:16\n  s3:\n    image: minio/minio\n"


def apps_with_language(files: dict[str, str]) -> list[tuple[str, str, str, int | None]]:
    return [
        (a.finding.path, a.language, a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    ]


def ftgo_like(properties: str) -> dict[str, str]:
    """A Gradle build whose services apply Spring Boot through a buildSrc convention plugin,
    a datasource in each service's settings and MySQL in the compose file."""
    return {
        "settings.gradle": "include 'order-service'\ninclude 'common'\n",
        "build.gradle": "",
        "gradlew": "",
        "buildSrc/src/main/groovy/ServicePlugin.groovy": (
            "class ServicePlugin implements Plugin<Project> {\n"
            "    void apply(Project project) {\n"
            "        project.apply(plugin: 'org.springframework.boot')\n    }\n}\n"
        ),
        "order-service/build.gradle": "apply plugin: ServicePlugin\n",
        "order-service/src/main/resources/application.properties": properties,
        "common/build.gradle": "apply plugin: 'java'\n",
        "docker-compose.yml": "services:\n  mysql:\n    image: mysql:8\n",
    }


def pnpm_workspace(root_scripts: dict[str, str], **packages: str) -> dict[str, str]:
    files = {
        "package.json": pkg(name="root", private=True, scripts=root_scripts),
        "pnpm-workspace.yaml": PNPM,
    }
    files.update({f"{folder}/package.json": text for folder, text in packages.items()})
    return files


def next_package(name: str, dev: str = "next dev") -> str:
    return pkg(name=name, scripts={"dev": dev}, dependencies={"next": "15"})


def spec_entries_of(plan: dict) -> tuple:
    from devenv.detect.plan import spec_entries

    return spec_entries(plan["plan"])


def framework_port_list(files: dict[str, str]) -> list[tuple[str, str, int | None]]:
    return [
        (a.finding.path, a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    ]


def app_commands(files: dict[str, str]) -> dict[str, str | None]:
    return {
        a.finding.path: str(a.finding.command.value) if a.finding.command else None
        for a in plan_of(files)["plan"].apps
    }


def next_with_start(name: str) -> str:
    return pkg(
        name=name, scripts={"dev": "next dev", "start": "next start"}, dependencies={"next": "15"}
    )


def vite_package(name: str, dev: str = "vite") -> str:
    return pkg(
        name=name, scripts={"dev": dev, "build": "vite build"}, devDependencies={"vite": "5"}
    )


def apps_workspace(dev: str, **packages: dict[str, Any]) -> dict[str, str]:
    files = {
        "package.json": to_json({"workspaces": ["apps/*"], "scripts": {"dev": dev}}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
    }
    files |= {f"apps/{name}/package.json": to_json(data) for name, data in packages.items()}
    return files
