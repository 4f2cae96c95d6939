"""Rule tests for Python projects that run by the console script they install, as the
repository's compose files run them (libretime's analyzer and playout)."""

from __future__ import annotations

from tests.unit.detect_helpers import plan_of

SETUP = """from setuptools import setup
setup(
    name="x-analyzer",
    entry_points={"console_scripts": ["x-analyzer=x_analyzer.main:cli"]},
    install_requires=["pika"],
)
"""
FILES = {
    "analyzer/setup.py": SETUP,
    "analyzer/x_analyzer/__init__.py": "",
    "analyzer/x_analyzer/main.py": "def cli():\n    pass\n",
}
MOUNTED = (
    "services:\n  analyzer:\n    build:\n      context: .\n    volumes:\n      - ./analyzer:/src\n"
)


def commands_of(files: dict[str, str]) -> dict[str, object]:
    apps = plan_of(files)["plan"].apps
    return {a.finding.path: a.finding.command and a.finding.command.value for a in apps}


def test_a_compose_service_running_the_folder_runs_its_console_script() -> None:
    assert commands_of({**FILES, "docker-compose.yml": MOUNTED}) == {
        "analyzer": "python -c 'import sys; from x_analyzer.main import cli; sys.exit(cli())'"
    }


def test_a_console_script_alone_or_a_service_running_tests_is_no_app() -> None:
    assert commands_of(FILES) == {}
    tests = MOUNTED + "    command: pytest\n"
    assert commands_of({**FILES, "docker-compose.yml": tests}) == {}
