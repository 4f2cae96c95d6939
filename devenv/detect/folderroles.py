"""What a package's folder names say it is when it is not the app: a developer tool, a health
probe, a docs site, a tutorial's step snapshot."""

from __future__ import annotations

import re

from devenv.detect.model import AppFinding

# Folder names of developers' tools: their scripts run once, they serve nothing.
_TOOL_WORDS = frozenset({"cli", "command", "commands"})
# Folder names of helpers that may run but are not the app: sandboxes, dev tooling, scripts,
# contributed extras (contrib/dhcp_agent, an agent script run on another host), code
# generators (app_gen/python-lib), dataset preparation (data/datasets/<name>), CI jobs
# (ci/markdown-broken-link-checker), evaluation harnesses (surfsense_evals) and utilities
# (coral's utilities/tenant, a script run against the database).
_HELPER_WORDS = frozenset(
    {"dev", "sandbox", "scripts", "tools", "tooling", "contrib", "gen", "codegen", "datasets", "ci"}
    | {"eval", "evals", "benchmarks", "loadtest", "utilities"}
)
_SERVER_WORDS = frozenset({"server", "api", "backend"})
# Folders whose packages are helpers whatever their framework: tools, and the container
# setup's (docker/dependencies/wal-info, an Express probe a compose service builds).
_TOOL_FOLDERS = frozenset({"tools", "tooling", "docker"})
# A container image's build folder (elabftw's containers/elabimg/helpers): a helper binary
# without a framework inside it is baked into the image.
_IMAGE_FOLDERS = frozenset({"containers"})
# Folder names of packages that run beside the app but are not one: a container's health
# probe, the API's documentation site.
_SIDE_WORDS = {
    "healthcheck": "a health check",
    "documentation": "a documentation site",
    "docs": "a documentation site",
    "sdk": "a client SDK for the app's users",
    # surfsense_mcp: the Model Context Protocol server an AI client starts itself.
    "mcp": "an MCP server its AI clients start",
    # oauth2-test-server, apps/testbed, qa: servers and scenarios the tests run against.
    "test": "a test harness",
    "tests": "a test harness",
    "testbed": "a test harness",
    "e2e": "a test harness",
    "qa": "a test harness",
    # util/dummy-login: a stand-in for a real login service in development.
    "dummy": "a stand-in for a real service",
    # mattermost-plugin, plugins/: code the product (or another product) loads.
    "plugin": "a plugin another program loads",
    "plugins": "a plugin another program loads",
    # src/telemetry: the maintainers' usage collector, not part of the product's dev stack.
    "telemetry": "the maintainers' telemetry collector",
    # deployments/pulumi: a Pulumi program that deploys the app.
    "pulumi": "a deployment program",
    # oss/attribution: a tool that gathers the dependencies' licences.
    "attribution": "a licence tool",
}

# Folders of code set aside (src/bak/web, an earlier version of the front end): not run.
_SHELVED_FOLDERS = frozenset({"bak", "backup", "backups", "deprecated", "obsolete"})


# A tutorial's snapshots of its app at each step (builderbook's book/3-begin and book/3-end,
# step-2, chapter04): the app itself lives in a folder of its own.
_TUTORIAL_STEP = re.compile(
    r"^\d+[-_.](?:begin|end|start|finish|final)$|^(?:step|chapter|lesson)[-_]?\d+(?:$|[-_.])",
    re.IGNORECASE,
)


def tooling(finding: AppFinding) -> str | None:
    """A command-line package (`cli`, `commands`), even one built with a server framework
    (nest-commander), a health probe or an API docs server, or one without a framework in a
    dev/, scripts/, tools/ or sandbox folder: what it is, or None for an app."""
    parts = finding.path.split("/")
    if _TUTORIAL_STEP.match(parts[-1]):
        return "a tutorial's snapshot of the app at one step"
    words = set(re.split(r"[-_.]", parts[-1].lower()))
    if words & _TOOL_WORDS:
        return "a developer tool"
    side = sorted(words & _SIDE_WORDS.keys())
    if side:
        return _SIDE_WORDS[side[0]]
    folders = {w for p in parts[:-1] for w in re.split(r"[-_.]", p.lower())}
    if {p.lower() for p in parts} & _SHELVED_FOLDERS:
        return "an old copy kept aside"
    # Its own name may say it serves: dev-server is the server run in development.
    own = set() if words & _SERVER_WORDS else words
    inside_image = bool(_IMAGE_FOLDERS & {p.lower() for p in parts[:-1]})
    helper = finding.framework.value == "none" and (
        bool((own | folders) & _HELPER_WORDS) or inside_image
    )
    # Below a tools folder even a framework's app is a tool (mediacms' frontend-tools/video-
    # editor, a vite app whose build goes into the Django app's static files).
    return "a developer tool" if helper or folders & _TOOL_FOLDERS else None
