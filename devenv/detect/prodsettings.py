"""Settings modules named for an environment: a production one beside a development one
configures production, not what a developer runs."""

from __future__ import annotations

import posixpath
import re

# Settings modules named for an environment: production's, and development's beside it.
_PRODUCTION_MODULE = re.compile(r"(?i)/(?:prod|production|staging|beta)\.py$")
_DEVELOPMENT_MODULE = re.compile(r"(?i)/(?:dev|development|local)\.py$")


# A module that switches debugging off (pinry's settings/docker.py, the image's), unless it
# is the base the others import.
DEBUG_OFF = re.compile(r"^DEBUG\s*=\s*False\b", re.M)
_BASE_MODULE = re.compile(r"(?i)/(?:base|common|defaults?|settings|__init__)\.py$")


def for_production(path: str, files: list[str], text: str = "") -> bool:
    """A production settings module (settings/prod.py, or one with `DEBUG = False`) beside a
    development one (dev.py): the database and cache it names are production's, not what a
    developer runs."""
    folder = posixpath.dirname(path)
    production = bool(_PRODUCTION_MODULE.search(path)) or (
        bool(DEBUG_OFF.search(text))
        and not _BASE_MODULE.search(path)
        and not _DEVELOPMENT_MODULE.search(path)
    )
    return production and any(
        _DEVELOPMENT_MODULE.search(f) and posixpath.dirname(f) == folder for f in files
    )
