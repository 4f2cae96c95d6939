"""Command-line options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

from devenv.spec.source import SPEC_FILE

spec_option = click.option(
    "--file",
    "-f",
    "spec_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=SPEC_FILE,
    show_default=True,
    help="The project spec; generated files are written beside it.",
)
