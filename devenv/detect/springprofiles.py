"""Databases a Spring app reaches only under a profile.

spring-petclinic's Kotlin port builds with H2 and the MySQL driver: application.properties
keeps H2, application-mysql.properties points the datasource at MySQL, and the compose file
runs that MySQL for the profile. The server is an alternative the profile switches to.
"""

from __future__ import annotations

import re

from devenv.detect.jvmport import profile_files
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
    """Drop the database servers when a profile's configuration names one, with a note each;
    `embedded` is the embedded database the build brings, the default without a profile."""
    resources = join(folder, _RESOURCES)
    profiles = {
        path: tree.text(path) or ""
        for path in tree.under(resources, max_depth=0)
        if _PROFILE_CONFIG.match(path.rsplit("/", 1)[-1])
    }
    named = [
        path
        for path, text in sorted(profiles.items())
        if any(_URLS[n.type].search(text) for n in services if n.type in _URLS)
    ]
    # A profile the main configuration activates (AgileBoot's `spring.profiles.active:
    # basic,dev`) is what a plain start runs: its server is no alternative.
    active = {join(folder, name) for name in profile_files(tree, folder)}
    if not named or active & set(named):
        return services, []
    # The main configuration names no server (else `embedded` would not be the default): every
    # server driver beside the embedded database serves some profile.
    notes = [
        f"{folder}: {need.type} ({need.why}) is an alternative, left out: Spring profiles "
        f"({named[0]}) switch to servers, {embedded} is the default; add it with "
        f"--service {need.type}"
        for need in services
        if need.type in _URLS
    ]
    return [n for n in services if n.type not in _URLS], notes
