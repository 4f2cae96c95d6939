"""The `devenv` command line: puts the commands together and shows errors in one place."""

from __future__ import annotations

import importlib
import sys

import click

from devenv import __version__
from devenv.console import IO, report_error, report_interrupted
from devenv.errors import DevenvError, ExitCode
from devenv.pre_click import answered_before_click

# Each command is imported only when it runs: `devenv ps` need not load Jinja, nor `devenv
# render` the Docker SDK, and `devenv --help` loads none of them. The one-line summaries live
# here for that reason; a unit test checks that each names a command that exists.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("devenv.commands.init:init", "Write devenv.yaml for this repository."),
    "render": (
        "devenv.commands.render:render",
        "Write the Dockerfiles, compose.yaml, .dockerignore and .env.example.",
    ),
    "schema": ("devenv.commands.render:schema", "Print the JSON Schema of devenv.yaml."),
    "up": ("devenv.commands.stack:up", "Build, create and start the stack, or converge it."),
    "down": ("devenv.commands.stack:down", "Stop and remove the stack; keep volumes."),
    "build": ("devenv.commands.stack:build", "Build the app images, even when unchanged."),
    "restart": ("devenv.commands.stack:restart", "Restart the services' containers."),
    "ps": ("devenv.commands.containers:ps", "List the services: state, health, ports, URL."),
    "logs": ("devenv.commands.containers:logs", "Show the output of the stack's containers."),
    "exec": ("devenv.commands.containers:exec_", "Run a command in a running service."),
    "ls": ("devenv.commands.instances:ls", "List every stack and instance on the engine."),
    "snapshot": (
        "devenv.commands.snapshot:snapshot",
        "Save and restore the data of the stack's volumes.",
    ),
}


class LazyGroup(click.Group):
    """A group whose commands are looked up by name and imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name][0].split(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # From the table above, not from the commands: listing them must import nothing.
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


EPILOG = """\b
Shell completion (bash; zsh and fish alike):
  eval "$(_DEVENV_COMPLETE=bash_source devenv)"
Set NO_COLOR=1 for output without colours."""


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="devenv", help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Get a repository running in Docker from one short spec, devenv.yaml."""
    ctx.obj = ctx.obj if isinstance(ctx.obj, IO) else IO()
    if ctx.invoked_subcommand is None:
        # Like `docker compose`: bare `devenv` shows what it can do and succeeds.
        click.echo(ctx.get_help())


def run(args: list[str] | None = None, io: IO | None = None) -> int:
    """Run one command line; the one place where errors become messages and exit codes.
    Tests call it in-process with their own IO; `main` calls it for the real process."""
    io = io or IO()
    try:
        # The process's own command line met this check in devenv.entry already.
        if args is not None and answered_before_click(args, io):
            return ExitCode.OK
        code = cli.main(args, prog_name="devenv", standalone_mode=False, obj=io)
    except DevenvError as error:
        return report_error(error, io)
    except click.exceptions.Abort:
        return report_interrupted(io)
    except click.ClickException as error:
        error.show(file=io.stderr)
        return ExitCode.USAGE if isinstance(error, click.UsageError) else error.exit_code
    except KeyboardInterrupt:
        return report_interrupted(io)
    return code if isinstance(code, int) else ExitCode.OK


def main() -> None:
    """Entry point of the `devenv` script."""
    sys.exit(run())
