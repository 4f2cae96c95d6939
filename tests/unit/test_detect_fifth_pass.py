"""Rule tests for ports, optional services and non-apps that the fourth blind set (issue 7)
showed detection did not reach: where real repositories keep what a developer needs."""

from __future__ import annotations

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
