"""Accuracy of `devenv init` on real repositories, and the trimmed trees the unit tests keep.

    python bench/realrepos.py CLONES            # plan each clone, score it against its labels
    python bench/realrepos.py CLONES --trim     # (re)write tests/realrepos/<case>/tree

CLONES holds one work tree per case, named like the case folders in tests/realrepos
(`owner__name`). Each case's labels (expected.json) come from the repository's own compose
files and docs: the apps (path, language, and where the repository says so, framework and
port) and the catalog services a developer needs to run it.

A trimmed tree keeps what detection reads as facts only: file layout, manifest names and
scripts, requirement names, go.mod requires, env-example keys, compose service images, and
from source files the one-line idioms detection looks for (`package main`, `app = Flask()`,
a listen port). No source code is kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "realrepos"
sys.path.insert(0, str(ROOT))

from devenv.detect.plan import Choices, Plan, make_plan  # noqa: E402
from devenv.detect.scan import scan_repo  # noqa: E402
from devenv.detect.tree import gather  # noqa: E402
from tests.realrepos.trim import trim_tree  # noqa: E402


def plan_for(folder: Path) -> Plan:
    return make_plan(scan_repo(gather(folder)), Choices(), folder.name)


def found_of(plan: Plan) -> dict[str, Any]:
    """The plan in the labels' shape."""
    return {
        "apps": [
            {
                "path": app.finding.path,
                "language": app.language,
                "framework": app.finding.framework.value,
                "port": app.port.value if app.port else None,
                "main_package": app.finding.main_package.value
                if app.finding.main_package
                else None,
            }
            for app in plan.apps
        ],
        "services": sorted(s.name for s in plan.services),
    }


def score(found: dict[str, Any], labels: dict[str, Any]) -> tuple[bool, bool, list[str]]:
    """(apps right, services exactly right, what differs).

    Apps are told apart by path, language and the main package: a Go module's commands, a
    solution's projects and a Maven build's modules share a path. Where the labels hold one
    app at a path without naming its main package, every app found there is held to it.
    """
    problems = []
    if _keys(found["apps"], labels["apps"]) != _keys(labels["apps"], labels["apps"]):
        shown = [_show(_keys(x, labels["apps"])) for x in (found["apps"], labels["apps"])]
        problems.append(f"apps {shown[0]} != {shown[1]}")
    for label, app in _pairs(found["apps"], labels["apps"]):
        where = label["path"] + (f" {label['main_package']}" if "main_package" in label else "")
        if app is None:
            problems.append(f"{where}: no app with main package {label['main_package']!r}")
            continue
        for key in ("language", "framework", "port"):
            if key in label and app[key] != label[key]:
                problems.append(f"{where} {key} {app[key]!r} != {label[key]!r}")
    apps_ok = not problems
    services_ok = sorted(found["services"]) == sorted(labels["services"])
    if not services_ok:
        problems.append(f"services {sorted(found['services'])} != {sorted(labels['services'])}")
    return apps_ok, services_ok, problems


def _key(app: dict[str, Any]) -> tuple[str, str]:
    return app["path"], app["language"]


def _loose(key: tuple[str, str], labels: list[dict[str, Any]]) -> bool:
    """One label at a path and language, naming no main package: it stands for them all."""
    same = [lb for lb in labels if _key(lb) == key]
    return len(same) == 1 and "main_package" not in same[0]


def _keys(apps: list[dict[str, Any]], labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The apps' keys, counted where the labels tell a path's apps apart, once where not."""
    keys = [_key(a) for a in apps]
    loose = {k for k in keys if _loose(k, labels)}
    return sorted([k for k in keys if k not in loose] + list(loose))


def _show(keys: list[tuple[str, str]]) -> list[str]:
    return [f"{path} ({language})" for path, language in keys]


def _pairs(
    found: list[dict[str, Any]], labels: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each label with the found apps it describes: by main package where the label names
    one, else the next app of the same path and language (every one, for a lone label)."""
    left = list(found)
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    named = [lb for lb in labels if "main_package" in lb]
    for label in named + [lb for lb in labels if "main_package" not in lb]:
        same = [a for a in left if _key(a) == _key(label)]
        if "main_package" in label:
            same = [a for a in same if a.get("main_package") == label["main_package"]]
            if not same:
                pairs.append((label, None))
        taken = same if _loose(_key(label), labels) else same[:1]
        for app in taken:
            left.remove(app)
            pairs.append((label, app))
    return pairs


def labels_of(case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASES / case / "expected.json").read_text())
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("clones", type=Path)
    parser.add_argument("--trim", action="store_true", help="rewrite the trimmed trees")
    args = parser.parse_args()
    cases = sorted(p.name for p in CASES.iterdir() if (p / "expected.json").is_file())
    apps_right = services_right = total = 0
    for case in cases:
        clone = args.clones / case
        if not clone.is_dir():
            print(f"{case}: no clone in {args.clones}, skipped")
            continue
        if args.trim:
            _write_tree(CASES / case / "tree", trim_tree(gather(clone)))
        apps_ok, services_ok, problems = score(found_of(plan_for(clone)), labels_of(case))
        total += 1
        apps_right += apps_ok
        services_right += services_ok
        mark = "ok " if apps_ok and services_ok else "BAD"
        print(f"{mark} {case}" + "".join(f"\n      {p}" for p in problems))
    if total:
        print(
            f"\n{total} repositories: apps right {100 * apps_right / total:.0f}%, "
            f"services exactly right {100 * services_right / total:.0f}%"
        )
    return 0


def _write_tree(folder: Path, files: dict[str, str]) -> None:
    if folder.exists():
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
