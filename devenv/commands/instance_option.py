"""`--instance`: which instance of the stack a command acts on (also DEVENV_INSTANCE)."""

from __future__ import annotations

from typing import Any

import click

_KEY = "devenv.instance"


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value is not None:
        ctx.meta[_KEY] = value
    return value


instance_option = click.option(
    "--instance",
    "-i",
    expose_value=False,
    callback=_remember,
    metavar="NAME",
    help="Act on this instance of the stack (`default` for the main one). Default: "
    "$DEVENV_INSTANCE, the .env's COMPOSE_PROJECT_NAME, or the git worktree's name.",
)


def chosen_instance() -> str | None:
    """The --instance given to the running command, if any."""
    ctx = click.get_current_context(silent=True)
    value = ctx.meta.get(_KEY) if ctx is not None else None
    return str(value) if value is not None else None
