"""The `devenv` command line: puts the commands together and shows errors in one place."""

from __future__ import annotations

import importlib
import sys

import click

from devenv import __version__
from devenv.console import show_error
from devenv.errors import DevenvError, ExitCode, Interrupted

# Each command is imported only when it runs: `devenv ps` need not load Jinja, nor `devenv
# render` the Docker SDK. Start-up time is part of every command's speed.
COMMANDS = {
    "init": "devenv.commands.init:init",
    "render": "devenv.commands.render:render",
    "schema": "devenv.commands.render:schema",
    "up": "devenv.commands.stack:up",
    "down": "devenv.commands.stack:down",
    "build": "devenv.commands.stack:build",
    "restart": "devenv.commands.stack:restart",
    "ps": "devenv.commands.containers:ps",
    "logs": "devenv.commands.containers:logs",
    "exec": "devenv.commands.containers:exec_",
    "ls": "devenv.commands.instances:ls",
    "snapshot": "devenv.commands.snapshot:snapshot",
}


class LazyGroup(click.Group):
    """A group whose commands are looked up by name and imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="devenv")
def cli() -> None:
    """Get a repository running in Docker from one short spec, devenv.yaml."""


def _interrupted() -> None:
    """Ctrl-C anywhere (a build, a prompt) says what happened rather than exit in silence."""
    show_error(Interrupted("interrupted", hint="Run the command again to carry on."))
    sys.exit(ExitCode.INTERRUPTED)


def main() -> None:
    """Entry point: the one place where errors become messages and exit codes."""
    try:
        code = cli.main(standalone_mode=False)
    except DevenvError as error:
        show_error(error)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        _interrupted()
    except click.ClickException as error:
        error.show()
        sys.exit(ExitCode.USAGE if isinstance(error, click.UsageError) else error.exit_code)
    except KeyboardInterrupt:
        _interrupted()
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
