"""Rule tests for ports, optional services and non-apps that the fourth blind set (issue 7)
showed detection did not reach: where real repositories keep what a developer needs."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.test_detect_real_causes import pkg
from tests.unit.test_detect_rules import plan_of

FLASK = {"requirements.txt": "flask\n", "app.py": "app = Flask(__name__)\n"}
GO_MOD = "module x\n\ngo 1.22\n"


def ports_of(files: dict[str, str]) -> dict[str, int | None]:
    apps = plan_of(files)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def test_the_server_section_of_a_settings_file_gives_the_port() -> None:
    settings = "redis:\n  port: 6379\nserver:\n  port: 8888\n  bind_address: '127.0.0.1'\n"
    assert ports_of({**FLASK, "app/settings.yml": settings}) == {".": 8888}
    toml = "[database]\nport = 5432\n\n[http]\nport = 8000\n"
    assert ports_of({**FLASK, "config.toml": toml}) == {".": 8000}


def test_a_port_under_another_section_or_an_unknown_one_is_not_the_apps() -> None:
    others = "email:\n  port: 2525\ndatabase:\n  port: 5433\n"
    assert ports_of({**FLASK, "settings.yml": others}) == {".": 5000}
    # The section a trimmed or partial file lost: whose port it is cannot be told.
    assert ports_of({**FLASK, "settings.yml": "  port: 8888\n"}) == {".": 5000}


def test_a_port_in_a_usage_docstring_is_not_the_code_s() -> None:
    cli = '"""Usage:\n\n    tool config-tool app.ini -e port=8080\n"""\n'
    assert ports_of({**FLASK, "cli.py": cli}) == {".": 5000}
    assert ports_of({**FLASK, "cli.py": cli + "app.run(port=5001)\n"}) == {".": 5001}


def test_a_go_server_s_bare_address_port_in_its_config() -> None:
    config = "redis:\n    addr: 127.0.0.1:6379\nsystem:\n    addr: 8888\n    db-type: mysql\n"
    files = {"server/go.mod": GO_MOD, "server/main.go": "package main\n"}
    assert ports_of({**files, "server/config.yaml": config}) == {"server": 8888}


def test_vite_s_env_files_give_its_dev_port() -> None:
    web = pkg(scripts={"dev": "vite"}, devDependencies={"vite": "6"})
    files = {"web/package.json": web, "web/.env.development": "VITE_CLI_PORT = 8080\n"}
    assert ports_of(files) == {"web": 8080}
    # Vite loads .env.development after .env: the mode's file wins.
    assert ports_of({**files, "web/.env": "VITE_PORT=3000\n"}) == {"web": 8080}
    assert ports_of({"web/package.json": web}) == {"web": 5173}


def test_a_dependency_group_named_after_a_database_is_an_opt_in() -> None:
    pyproject = (
        '[project]\nname = "x"\ndependencies = ["django"]\n\n'
        '[dependency-groups]\ndev = ["psycopg[binary]", "pytest"]\npostgres = ["psycopg[c]"]\n'
        'prod = ["redis"]\n'
    )
    found = plan_of({"pyproject.toml": pyproject, "manage.py": "import django\n"})["plan"]
    assert [s.name for s in found.services] == ["redis"]
    assert any("--service postgres" in n for n in found.notes)


def test_a_vite_package_published_from_dist_is_a_library() -> None:
    lib = pkg(main="./dist/index.umd.js", scripts={"dev": "vite"}, devDependencies={"vite": "6"})
    app = pkg(scripts={"dev": "vite"}, devDependencies={"vite": "6"})
    files = {"package.json": pkg(workspaces=["packages/*"])}
    files |= {"packages/widget/package.json": lib, "packages/ui/package.json": app}
    assert sorted(ports_of(files)) == ["packages/ui"]


def test_playgrounds_are_not_apps(tmp_path: Path) -> None:
    server = pkg(scripts={"start": "node server.js"}, dependencies={"express": "4"})
    nextjs = pkg(scripts={"dev": "next dev"}, dependencies={"next": "15"})
    for path, text in {"package.json": server, "playground/nextjs/package.json": nextjs}.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    plan = make_plan(scan_repo(gather(tmp_path)), Choices(), "repo")
    assert [a.finding.path for a in plan.apps] == ["."]


def test_a_go_module_of_code_generators_is_not_an_app() -> None:
    files = {"go.mod": GO_MOD, "main.go": "package main\n"}
    files |= {"plugins/cmd/ndpgen/go.mod": GO_MOD, "plugins/cmd/ndpgen/main.go": "package main\n"}
    assert sorted(ports_of(files)) == ["."]
    files |= {"api/go.mod": GO_MOD, "api/main.go": "package main\n"}
    assert "api" in ports_of(files)
