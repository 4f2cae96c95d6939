"""Which packages of a Node monorepo are the apps its developers run: development bundles of
the workspace's servers, each on a small in-memory tree of the shape a real repository had.
(test_detect_node_workspaces.py holds the root scripts' filters; it passed 600 lines.)"""

from __future__ import annotations

from tests.unit.detect_helpers import app_paths, to_json


def _package(name: str, scripts: dict[str, str], *deps: str) -> str:
    return to_json({"name": name, "scripts": scripts, "dependencies": dict.fromkeys(deps, "*")})


def test_a_bundle_named_for_development_is_the_app_of_the_servers_it_starts() -> None:
    # Shaped like atproto: packages/dev-env starts the pds, bsky and ozone servers in one
    # process (the Makefile's run-dev-env); they are its libraries in development.
    start = {"start": "node --enable-source-maps dist/bin.js"}
    files = {
        "package.json": to_json({"workspaces": ["packages/*"]}),
        "packages/pds/package.json": _package("@x/pds", start, "express"),
        "packages/bsky/package.json": _package("@x/bsky", start, "express"),
        "packages/ozone/package.json": _package("@x/ozone", start, "express"),
        "packages/dev-env/package.json": _package(
            "@x/dev-env",
            {"dev": "node --watch dist/bin.js", **start},
            "@x/pds",
            "@x/bsky",
            "@x/ozone",
            "express",
        ),
    }
    assert app_paths(files) == ["packages/dev-env"]
