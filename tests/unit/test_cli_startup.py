"""`devenv --help` and `--version` start with Click alone: no Docker SDK, rich, Jinja, pydantic
or YAML. Start-up time is part of every command's speed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from devenv.cli import COMMANDS, cli

HEAVY = ("docker", "rich", "jinja2", "pydantic", "yaml", "requests")


def imported_modules(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "devenv", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            modules.add(line.rsplit("|", 1)[1].strip())
    return modules


@pytest.mark.parametrize("args", [("--help",), ("--version",), ()])
def test_help_and_version_import_nothing_heavy(args: tuple[str, ...]) -> None:
    modules = imported_modules(*args)
    assert "click" in modules  # the measurement works
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == []


def test_bare_devenv_prints_help_and_succeeds() -> None:
    result = CliRunner().invoke(cli, [])
    assert result.exit_code == 0
    assert "Commands:" in result.output
    assert "_DEVENV_COMPLETE" in result.output


def test_every_summary_is_whole_and_names_a_real_command() -> None:
    result = CliRunner().invoke(cli, ["--help"], terminal_width=200)
    for name, (_, summary) in COMMANDS.items():
        assert summary.endswith("."), name
        assert f"{name}" in result.output and summary in result.output
        command = cli.get_command(click.Context(cli), name)
        assert isinstance(command, click.Command)


def test_every_option_of_every_command_has_help() -> None:
    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"devenv {name} {param.opts[0]} has no help"


def test_no_color_turns_every_style_off() -> None:
    import io as stdio

    from devenv.commands.report import print_rows
    from devenv.console import IO
    from devenv.engine.status import ServiceRow

    row = ServiceRow("web", "web-1", "running", "unhealthy", ["127.0.0.1:8000->8000"], None)
    for environ, coloured in (({"NO_COLOR": "1", "TERM": "xterm"}, False), ({}, True)):
        stream = stdio.StringIO()
        stream.isatty = lambda: True  # type: ignore[method-assign]
        io = IO(stdout_stream=stream, environ=environ)
        assert io.colour is coloured
        assert io.out.no_color is not coloured
        print_rows([row], io)
        assert ("\x1b[" in stream.getvalue()) is coloured


def test_styles_reach_a_terminal_only() -> None:
    import io as stdio

    from devenv.console import IO
    from devenv.style import style, unstyle

    styled = style("up to date", fg="green", bold=True)
    assert styled == "\x1b[32m\x1b[1mup to date\x1b[0m"  # as click.style writes it
    assert unstyle(styled) == "up to date"
    piped = stdio.StringIO()
    IO(stdout_stream=piped, environ={}).line(styled)
    assert piped.getvalue() == "up to date\n"


def test_every_colour_the_log_prefixes_use_can_be_styled() -> None:
    from devenv.engine.logs import colour_for
    from devenv.style import style, unstyle

    for number in range(40):  # more containers than colours: the cycle comes round again
        coloured = style("web-1 |", fg=colour_for(number))
        assert coloured.startswith("\x1b[") and unstyle(coloured) == "web-1 |"


@pytest.mark.parametrize(
    ("args", "plain"),
    [
        (["up"], True),
        (["up", "--progress", "quiet"], True),
        (["up", "--progress=plain"], True),
        (["up", "--progress", "bogus"], False),  # Click's usage error, from the CLI
        (["up", "--progress"], False),
        (["up", "--dry-run"], False),
        (["up", "-f", "other.yaml"], False),
        (["up", "--instance", "review"], False),
        (["up", "--help"], False),
        (["--progress", "quiet", "up"], False),
        ([], False),
    ],
)
def test_only_a_plain_up_or_down_is_run_before_click_loads(args: list[str], plain: bool) -> None:
    from devenv.pre_click import plain_progress

    assert (plain_progress(args, "up") is not None) is plain
    down = ["down", *args[1:]] if args[:1] == ["up"] else args
    assert (plain_progress(down, "down") is not None) is plain
    assert plain_progress(down, "up") is None
    assert plain_progress(args, "down") is None


def test_the_in_process_runner_shows_errors_with_exit_codes(tmp_path: Path) -> None:
    from tests.unit.cli_runner import run_devenv

    result = run_devenv("up", "--file", "missing.yaml", cwd=tmp_path)
    assert result.returncode == 3 or result.returncode == 2, result
    assert "missing.yaml" in result.stderr


def test_leaving_at_once_still_delivers_what_was_printed() -> None:
    """The pre-Click path skips the interpreter's teardown; buffered output must not be lost
    with it, to a pipe (block-buffered) as to a terminal."""
    script = (
        "import sys\n"
        "from devenv.entry import _exit_at_once\n"
        "print('on stdout', end='')\n"
        "print('on stderr', end='', file=sys.stderr)\n"
        "_exit_at_once()\n"
        "print('never')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "on stdout", "on stderr")
