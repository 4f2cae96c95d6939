"""The services an Aspire app host runs for development.

An app host is .NET's development orchestrator: a project (Aspire.AppHost.Sdk) that starts the
solution's apps and the containers they use, as a compose file does. Each container kind comes
with its hosting package (Aspire.Hosting.PostgreSQL, CommunityToolkit.Aspire.Hosting.MailPit),
so the packages it references say which services the apps are given."""

from __future__ import annotations

import re

from devenv.detect.tree import RepoTree

_APP_HOST = re.compile(r"Aspire\.AppHost\.Sdk|<IsAspireHost>\s*true", re.IGNORECASE)
_HOSTING = re.compile(
    r"<PackageReference\s+Include\s*=\s*\"((?:CommunityToolkit\.)?Aspire\.Hosting\.(\w+))\"",
    re.IGNORECASE,
)
# Hosting packages, by their last word, as catalog services (Valkey and Garnet speak Redis).
_SERVICES = {
    "postgresql": "postgres",
    "sqlserver": "sqlserver",
    "mysql": "mysql",
    "mongodb": "mongo",
    "redis": "redis",
    "valkey": "redis",
    "garnet": "redis",
    "rabbitmq": "rabbitmq",
    "kafka": "kafka",
    "elasticsearch": "elasticsearch",
    "mailpit": "mailpit",
    "minio": "minio",
}


def is_app_host(project_text: str) -> bool:
    return _APP_HOST.search(project_text) is not None


def hosted_services(tree: RepoTree) -> dict[str, str]:
    """type -> `project:line package` for every service an app host of the repository runs."""
    found: dict[str, str] = {}
    for path in sorted(tree.texts):
        if not path.endswith((".csproj", ".fsproj")):
            continue
        text = tree.text(path) or ""
        if not is_app_host(text):
            continue
        for match in _HOSTING.finditer(text):
            kind = _SERVICES.get(match.group(2).lower())
            if kind and kind not in found:
                line = text.count("\n", 0, match.start()) + 1
                found[kind] = f"{path}:{line} {match.group(1)}"
    return found
