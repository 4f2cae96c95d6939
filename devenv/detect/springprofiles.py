"""Databases a Spring app reaches only under a profile.

spring-petclinic's Kotlin port builds with H2 and the MySQL driver: application.properties
keeps H2, application-mysql.properties points the datasource at MySQL, and the compose file
runs that MySQL for the profile. The server is an alternative the profile switches to.
"""

from __future__ import annotations

import re

from devenv.detect.model import ServiceNeed
from devenv.detect.tree import RepoTree, join

_RESOURCES = "src/main/resources"
_PROFILE_CONFIG = re.compile(r"^application-[\w-]+\.(?:properties|ya?ml)$")
_URLS = {
    "postgres": re.compile(r"\b(?:jdbc|r2dbc):postgresql\b"),
    "mysql": re.compile(r"\b(?:jdbc|r2dbc):mysql\b"),
    "mariadb": re.compile(r"\b(?:jdbc|r2dbc):mariadb\b"),
    "sqlserver": re.compile(r"\b(?:jdbc|r2dbc):sqlserver\b"),
}


def profile_only(
    tree: RepoTree, folder: str, services: list[ServiceNeed], embedded: str
) -> tuple[list[ServiceNeed], list[str]]:
    """Drop the database servers only a profile's configuration names, with a note each;
    `embedded` is the embedded database the build brings, the default without a profile."""
    resources = join(folder, _RESOURCES)
    profiles = {
        path: tree.text(path) or ""
        for path in tree.under(resources, max_depth=0)
        if _PROFILE_CONFIG.match(path.rsplit("/", 1)[-1])
    }
    kept: list[ServiceNeed] = []
    notes: list[str] = []
    for need in services:
        pattern = _URLS.get(need.type)
        named = [p for p, text in sorted(profiles.items()) if pattern and pattern.search(text)]
        if not named:
            kept.append(need)
            continue
        notes.append(
            f"{folder}: {need.type} ({need.why}) is an alternative, left out: only the Spring "
            f"profile's {named[0]} names it and {embedded} is the default; add it with "
            f"--service {need.type}"
        )
    return kept, notes
