"""The commands a Node app runs: its dev server and its production start, chosen from its
package.json scripts, its framework's own binary or its entry file."""

from __future__ import annotations

import re
import shlex

from devenv.detect.model import Choice, Command
from devenv.detect.procfile import PORT

# A cross-platform app (uni-app, Taro) has one dev script per target and none plain: the
# browser target's (`dev:h5: uni`) is the dev server; the mini-program ones only build.
BROWSER_DEV_SCRIPTS = ("dev:h5", "dev:web")
_DEV_NAMED = re.compile(r"(?:^|[:-])(?:dev|development)(?:$|[:-])")
_DEV_SERVER = re.compile(r"(?:^|&&|;)\s*(?:webpack|rspack)\s+serve\b|\bwebpack-dev-server\b")


def other_dev_scripts(scripts: dict[str, str]) -> tuple[str, ...]:
    """Dev scripts without a plain name, for a package with no dev or start script: the
    browser target's, or one named for development that runs a bundler's dev server
    (Coursemology's `build:development: yarn run build:translations && webpack serve`)."""
    named = [n for n in scripts if _DEV_NAMED.search(n) and _DEV_SERVER.search(scripts[n])]
    return (*(n for n in BROWSER_DEV_SCRIPTS if n in scripts), *named[:1])


# Frameworks devenv has no convention for: their own dev server, listening on all addresses.
_OWN_DEV = {
    "nuxt": f"nuxt dev --host 0.0.0.0 --port {PORT}",
    "angular": f"ng serve --host 0.0.0.0 --port {PORT}",
    "ember": f"ember serve --host 0.0.0.0 --port {PORT}",
    "astro": f"astro dev --host 0.0.0.0 --port {PORT}",
    "gatsby": f"gatsby develop -H 0.0.0.0 -p {PORT}",
}


def commands(
    framework: str, scripts: dict[str, str], pm: str, entry: str | None, names: tuple[str, ...]
) -> tuple[Choice[Command] | None, Choice[Command] | None]:
    """Explicit dev and prod commands, None where devenv's convention already works."""
    if framework == "vite":
        return _vite(scripts, pm)
    if framework == "nestjs":
        watch = None if "start:dev" in scripts else Choice("nest start --watch", ("no start:dev",))
        built = None if "start:prod" in scripts else Choice("node dist/main", ("no start:prod",))
        return watch, built
    dev: Choice[Command] | None
    binaries = {
        "next": ("next dev", "next start"),
        "react-scripts": ("react-scripts start",) * 2,
        "meteor": (f"meteor run --port {PORT}",) * 2,
    }
    own = binaries.get(framework, (None, None))
    dev = script_or(scripts, names, pm, own[0], entry)
    if framework in _OWN_DEV:
        dev = Choice(_OWN_DEV[framework], (f"{framework}'s dev server on all addresses",))
    prod = script_or(scripts, ("start",), pm, own[1], entry) or dev
    # devenv's convention for express, next and none is `run dev` / `start`.
    keep_dev = dev is not None and dev.value != f"{pm} run dev"
    keep_prod = prod is not None and prod.value != f"{pm} start"
    return (dev if keep_dev else None), (prod if keep_prod else None)


def _vite(
    scripts: dict[str, str], pm: str
) -> tuple[Choice[Command] | None, Choice[Command] | None]:
    # npm needs `--` before a script's arguments; yarn and pnpm would pass it on literally.
    host = f"--host 0.0.0.0 --port {PORT}"
    if pm == "npm" and "dev" in scripts and "preview" in scripts:
        return None, None
    run = f"{pm} run"
    sep = " --" if pm == "npm" else ""
    # uni-app's `dev:h5: uni` runs Vite for the browser target with uni's plugin set up.
    name = next((n for n in ("dev", *other_dev_scripts(scripts)) if n in scripts), None)
    dev = f"{run} {name}{sep} {host}" if name else f"vite {host}"
    prod = f"{run} preview{sep} {host}" if "preview" in scripts else f"vite preview {host}"
    why = (f"{pm} passes script arguments on without `--`" if pm != "npm" else "no script",)
    return Choice(dev, why), Choice(prod, why)


def script_or(
    scripts: dict[str, str], names: tuple[str, ...], pm: str, binary: str | None, entry: str | None
) -> Choice[Command] | None:
    """The first script that exists, else the framework's binary, else `node` on the entry."""
    for name in names:
        if name in scripts:
            command = f"{pm} start" if name == "start" else f"{pm} run {name}"
            return Choice(command, (f"package.json scripts.{name}: {scripts[name]}",))
    if binary:
        return Choice(binary, (f"no `{names[0]}` script: the framework's own binary",))
    if entry:
        return Choice(f"node {shlex.quote(entry)}", (f"no `{names[0]}` script: the entry file",))
    return None
