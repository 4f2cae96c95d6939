"""The `devenv` command line: puts the commands together and shows errors in one place."""

from __future__ import annotations

import sys

import click

from devenv import __version__
from devenv.commands.containers import exec_, logs, ps
from devenv.commands.init import init
from devenv.commands.render import render, schema
from devenv.commands.stack import build, down, restart, up
from devenv.console import show_error
from devenv.errors import DevenvError, ExitCode


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="devenv")
def cli() -> None:
    """Get a repository running in Docker from one short spec, devenv.yaml."""


for command in (render, schema, up, down, ps, logs, exec_, restart, build):
    cli.add_command(command)
cli.add_command(init)


def main() -> None:
    """Entry point: the one place where errors become messages and exit codes."""
    try:
        code = cli.main(standalone_mode=False)
    except DevenvError as error:
        show_error(error)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        sys.exit(ExitCode.INTERRUPTED)
    except click.ClickException as error:
        error.show()
        sys.exit(ExitCode.USAGE if isinstance(error, click.UsageError) else error.exit_code)
    except KeyboardInterrupt:
        sys.exit(ExitCode.INTERRUPTED)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
