"""Command-line options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

from devenv.spec.source import SPEC_FILE

_SPEC_HELP = "The project spec; generated files are written beside it."
spec_option = click.option(
    "--file",
    "-f",
    "spec_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=SPEC_FILE,
    show_default=True,
    help=_SPEC_HELP,
)
# `devenv logs -f` follows, as `docker compose logs -f` does: there the spec is --file only.
spec_option_long_only = click.option(
    "--file",
    "spec_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=SPEC_FILE,
    show_default=True,
    help=_SPEC_HELP,
)
