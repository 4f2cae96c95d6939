"""A Python project the compose files run by the console script it installs.

libretime's analyzer declares `libretime-analyzer=libretime_analyzer.main:cli` in setup.py,
and its dev compose builds a service that mounts ./analyzer over its sources: that service is
the project running, by its script. A console script alone says nothing (libraries ship
command-line tools), nor does a service whose own command runs something else (tests).
"""

from __future__ import annotations

import re
from dataclasses import replace

from devenv.detect.composeport import services_running
from devenv.detect.manifests import load_toml, table
from devenv.detect.model import AppFinding, Choice
from devenv.detect.pyapp import PyApp
from devenv.detect.tree import join

# setup.py's `"libretime-analyzer=libretime_analyzer.main:cli"` under console_scripts.
_SETUP_SCRIPT = re.compile(r"[\"']([\w.-]+)\s*=\s*([\w.]+:[\w.]+)[\"']")
_CONSOLE = re.compile(r"[\"']console_scripts[\"']\s*:\s*\[([^\]]*)\]")
_TARGET = re.compile(r"^([\w.]+):([\w.]+)$")


def composed_script(app: PyApp, finding: AppFinding) -> AppFinding:
    """The console script a compose service running the project starts, when nothing else
    says how the project runs: run by its target, as the image installs the requirements,
    not the project and its scripts."""
    if finding.framework.value != "none" or finding.command is not None:
        return finding
    scripts = console_scripts(app)
    for path, name, body in services_running(app.tree, app.folder) if scripts else ():
        command = body.get("command")
        words = " ".join(map(str, command)) if isinstance(command, list) else str(command or "")
        named = [s for s in scripts if s in re.split(r"[\s/]+", words)]
        if command is not None and not named:
            continue  # the service runs something else: tests, a shell
        script = (named or list(scripts))[0]
        module, function = scripts[script]
        run = f"python -c 'import sys; from {module} import {function}; sys.exit({function}())'"
        why = (f"{app.root}: console script {script}", f"{path} services.{name}")
        return replace(finding, command=Choice(run, why), strength=2)
    return finding


def console_scripts(app: PyApp) -> dict[str, tuple[str, str]]:
    """The console scripts the project installs, by name, with their module and function:
    setup.py's entry_points, or pyproject's [project.scripts] / [tool.poetry.scripts]."""
    found = setup_scripts(app.tree.text(join(app.root, "setup.py")) or "")
    data, _ = load_toml(app.tree.text(join(app.root, "pyproject.toml")))
    poetry = table(table(table(data, "tool"), "poetry"), "scripts")
    found += [
        (str(k), str(v))
        for k, v in (*table(table(data, "project"), "scripts").items(), *poetry.items())
    ]
    targets = ((n, _TARGET.match(t)) for n, t in found)
    return {n: (m.group(1), m.group(2).split(".")[0]) for n, m in targets if m and n}


def setup_scripts(text: str) -> list[tuple[str, str]]:
    """The console scripts setup.py's entry_points declare: (name, `module:function`)."""
    return [m for block in _CONSOLE.findall(text) for m in _SETUP_SCRIPT.findall(block)]
