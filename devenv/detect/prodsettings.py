"""Settings modules named for an environment: a production one beside a development one
configures production, not what a developer runs."""

from __future__ import annotations

import posixpath
import re

# Settings modules named for an environment: production's, and development's beside it.
_PRODUCTION_MODULE = re.compile(r"(?i)/(?:prod|production|staging|beta)\.py$")
_DEVELOPMENT_MODULE = re.compile(r"(?i)/(?:dev|development|local)\.py$")


def for_production(path: str, files: list[str]) -> bool:
    """A production settings module (settings/prod.py) beside a development one (dev.py):
    the database and cache it names are production's, not what a developer runs."""
    folder = posixpath.dirname(path)
    return bool(_PRODUCTION_MODULE.search(path)) and any(
        _DEVELOPMENT_MODULE.search(f) and posixpath.dirname(f) == folder for f in files
    )
