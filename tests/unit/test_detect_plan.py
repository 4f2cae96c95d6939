"""General rules of detection and the plan: language version constraints, Procfile commands,
service choices, name and port clashes, a user's Dockerfile, empty and untemplated
repositories, prod commands of compiled languages, and a devenv.yaml that belongs to
cachix devenv."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devenv.detect.foreign import spec_owner
from devenv.detect.model import Scan
from devenv.detect.plan import Choices
from devenv.detect.procfile import port_in, read_procfile, to_command
from devenv.detect.versions import NODE, PYTHON, choose, pinned
from devenv.errors import SpecError
from devenv.spec.load import parse_spec
from tests.unit.cli_runner import run_devenv
from tests.unit.detect_helpers import app_of, plan_of

CACHIX = "inputs:\n  nixpkgs:\n    url: github:cachix/devenv-nixpkgs/rolling\n"


def test_compiled_languages_need_a_prod_command_when_no_convention_gives_one() -> None:
    with pytest.raises(SpecError) as error:
        parse_spec(b"name: x\napps:\n  web:\n    language: rust\n")
    assert "apps.web.prod_command" in str(error.value.problems[0].key)
    parse_spec(b"name: x\napps:\n  web:\n    language: rust\n    prod_command: server\n")


def test_cachix_devenv_yaml_is_recognised() -> None:
    assert spec_owner(CACHIX, beside_nix=False) == "cachix devenv (Nix): it has `inputs:`"
    assert spec_owner("allowUnfree: true\n", beside_nix=False) is not None
    assert spec_owner("{}\n", beside_nix=True) is not None
    assert spec_owner("name: x\napps: {}\n", beside_nix=True) is None


def test_init_names_the_owner_and_file_keeps_both(tmp_path: Path) -> None:
    (tmp_path / "devenv.yaml").write_text(CACHIX)
    (tmp_path / "devenv.nix").write_text("{ pkgs, ... }: { }\n")
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "app.py").write_text("app = Flask(__name__)\n")
    refused = run_devenv("init", "--yes", cwd=tmp_path)
    assert refused.returncode != 0
    assert "devenv.yaml belongs to cachix devenv (Nix)" in refused.stderr
    assert "devenv init --file devenv.stack.yaml" in refused.stderr
    assert (tmp_path / "devenv.yaml").read_text() == CACHIX
    rendered = run_devenv("render", "--check", cwd=tmp_path)
    assert rendered.returncode == 3 and "belongs to cachix devenv" in rendered.stderr
    written = run_devenv("init", "--yes", "--file", "devenv.stack.yaml", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "devenv.yaml").read_text() == CACHIX
    checked = run_devenv("render", "--check", "--file", "devenv.stack.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize(
    ("constraint", "tag"),
    [
        (">=3.11", "3.13"),
        (">=3.8,<3.11", "3.10"),
        ("^3.10", "3.13"),
        ("~3.10", "3.10"),
        ("==3.11.*", "3.11"),
        (">=3.13", "3.13"),
        ("~=3.10", "3.13"),
        ("<3.12,>=3.9", "3.11"),
        ("<3.13", "3.12"),
    ],
)
def test_python_constraints_pick_the_default_or_the_nearest(constraint: str, tag: str) -> None:
    found = choose(PYTHON, constraint, "pyproject.toml")
    assert found is not None and found.value == tag


@pytest.mark.parametrize(
    ("constraint", "tag"),
    [("^20", "20"), (">=18", "22"), ("18.x", "18"), ("18 || 20", "20"), ("14 - 18", "18")],
)
def test_node_constraints(constraint: str, tag: str) -> None:
    found = choose(NODE, constraint, "package.json")
    assert found is not None and found.value == tag


def test_unreadable_constraints_and_old_pins() -> None:
    assert choose(NODE, "lts/*", "x") is None
    assert choose(PYTHON, ">=3.99", "x") is None
    old = pinned(NODE, "16", ".nvmrc")
    assert old is not None and old.value == "18" and "start at 18" in old.why[0]
    patch = pinned(PYTHON, "3.11.4", ".python-version")
    assert patch is not None and patch.value == "3.11"


def test_procfile_port_variable_and_shell_syntax() -> None:
    assert to_command("gunicorn app:app --bind 0.0.0.0:$PORT") == (
        "gunicorn app:app --bind 0.0.0.0:{port}"
    )
    assert to_command("cd src && node ${PORT:-3000}") == ["sh", "-c", "cd src && node {port}"]
    assert to_command("echo 'unclosed") == ["sh", "-c", "echo 'unclosed"]
    assert port_in("uvicorn main:app --port 8001") == 8001
    assert port_in("gunicorn -b :$PORT app") is None


def test_same_folder_names_and_ports_never_clash() -> None:
    next_app = json.dumps({"dependencies": {"next": "14"}, "scripts": {"dev": "next dev"}})
    found = plan_of(
        {
            "apps/web/package.json": next_app,
            "sites/web/package.json": next_app,
            "redis/package.json": next_app,
        }
    )
    apps = found["spec"]["apps"]
    assert sorted(apps) == ["redis-app", "sites-web", "web"]
    assert sorted(a.get("host_port", a["port"]) for a in apps.values()) == [3000, 3001, 3002]


def test_service_choices_add_and_remove() -> None:
    files = {"requirements.txt": "flask\nredis\n", "app.py": "app = Flask(1)\n"}
    choices = Choices(name="shop", add=("mailpit",), remove=("redis",))
    spec = plan_of(files, choices=choices)["spec"]
    assert spec["name"] == "shop"
    assert spec["services"] == {"mailpit": {}}


def test_users_dockerfile_gets_a_devenv_dockerfile_beside_it() -> None:
    files = {"requirements.txt": "flask\n", "app.py": "app = Flask(1)\n"}
    files["Dockerfile"] = "FROM python\n"
    assert app_of(files)["dockerfile"] == "Dockerfile.devenv"
    forced = plan_of(files, choices=Choices(force=True))["spec"]["apps"]["web"]
    assert "dockerfile" not in forced


def test_empty_and_untemplated_repositories() -> None:
    assert plan_of({"README.md": "hi"})["scan"] == Scan(apps=())
    mix = 'defp deps do\n  [\n    {:phoenix, "~> 1.7"},\n    {:postgrex, ">= 0.0.0"},\n'
    found = plan_of({"mix.exs": mix + '    {:redix, "~> 1.1"}\n  ]\nend\n'})
    [elixir] = found["plan"].untemplated
    assert elixir.language.value == "elixir"
    assert {s.type: s.why for s in elixir.services} == {
        "postgres": "mix.exs:4 {:postgrex,",
        "redis": "mix.exs:5 {:redix,",
    }


def test_a_procfile_entry_with_nothing_printable_to_run_is_not_an_entry() -> None:
    # Found by the property test: `web: <ESC>` once became an empty command in devenv.yaml.
    assert read_procfile("web: \x1b\nworker: celery -A app worker\n") == [
        read_procfile("\nworker: celery -A app worker\n")[0]
    ]
