"""Detect a Node app: version, package manager, framework, commands, port and services.

The Dockerfile puts node_modules/.bin on PATH, so a framework's own binary (`next dev`,
`vite`) works as a command when package.json has no script for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from devenv.detect.composeport import compose_command_port, exposed_port
from devenv.detect.manifests import load_json, quoted_key_line, table
from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed
from devenv.detect.nodecommands import commands, other_dev_scripts, script_or
from devenv.detect.nodefilter import picked_by_root
from devenv.detect.nodekind import (
    DELEGATES,
    METEOR,
    PLAYGROUND,
    embedded_postgres,
    meteor_database,
    not_a_server,
    nx_scripts,
    run_script_commands,
    turbo_dev_tasks,
)
from devenv.detect.nodepm import node_version, package_manager, pnpm_packages
from devenv.detect.nodeport import (
    entry_file,
    env_of,
    member_run,
    port_hint,
    reads_port,
    runs_binary,
    script_port,
)
from devenv.detect.nodeprisma import prisma_services
from devenv.detect.procfile import apply_procfile, runs_a_member
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.settingsport import (
    RSBUILD_CONFIGS,
    angular_port,
    own_env_port,
    react_scripts_env_port,
    vite_config_port,
    vite_env_port,
    vue_cli_port,
    webpack_serve_port,
)
from devenv.detect.tree import RepoTree, ancestors, join

# (framework in the spec, dependency, conventional port); the first match wins.
_FRAMEWORKS = (
    ("next", "next", 3000),
    ("nestjs", "@nestjs/core", 3000),
    ("nuxt", "nuxt", 3000),
    ("angular", "@angular/cli", 4200),
    ("ember", "ember-cli", 4200),
    ("astro", "astro", 4321),
    ("gatsby", "gatsby", 8000),
    ("react-scripts", "react-scripts", 3000),
    # `meteor create` adds meteor-node-stubs: the app runs on Meteor's own tool, with Express
    # or others only among its packages.
    ("meteor", METEOR, 3000),
    # Headless CMS and commerce servers, run by their own CLI (`strapi develop`, `medusa
    # develop`), whatever bundler or server they bring among the dependencies.
    ("strapi", "@strapi/strapi", 1337),
    ("medusa", "@medusajs/medusa", 9000),
    # Egg.js (on Koa) listens on 7001 unless its config says otherwise.
    ("egg", "egg", 7001),
    ("express", "express", 3000),
    ("fastify", "fastify", 3000),
    ("koa", "koa", 3000),
    ("hapi", "@hapi/hapi", 3000),
    ("sails", "sails", 1337),
    # AdonisJS bundles assets with Vite; its own server (`node ace serve`) is the app.
    ("adonisjs", "@adonisjs/core", 3333),
    ("vite", "vite", 5173),
    ("rsbuild", "@rsbuild/core", 3000),
)
# Front-end tools, with the binary their scripts run (`ng serve`, `ember serve`).
_FRONT_END = {
    "vite": "vite",
    "react-scripts": "react-scripts",
    "angular": "ng",
    "ember": "ember",
    "rsbuild": "rsbuild",
}
# Back ends whose port, when the code read here names none, their env example sets.
_SERVERS = {
    "nestjs",
    "egg",
    "express",
    "fastify",
    "koa",
    "hapi",
    "sails",
    "adonisjs",
    "strapi",
    "medusa",
}
_SPEC_FRAMEWORKS = {"next", "nestjs", "express", "vite"}
_SCRIPT_BINARIES = {
    "next": "next",
    "nest": "@nestjs/core",
    "nuxt": "nuxt",
    "ng": "@angular/cli",
    "ember": "ember-cli",
    "astro": "astro",
    "vite": "vite",
}
_SERVING_NAMES = {"dev", "start", "serve", "develop"}
_VUE_CLI_SERVE = re.compile(r"\bvue-cli-service\s+serve\b")
_PNPM_PACKAGES = re.compile(r"^packages\s*:", re.MULTILINE)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, "package.json"))


def is_workspace_root(tree: RepoTree, folder: str) -> bool:
    """npm/yarn `workspaces`, or a pnpm-workspace.yaml that lists packages.

    pnpm 10 also keeps settings-only pnpm-workspace.yaml files (no `packages:`) in plain apps.
    """
    data, _ = load_json(tree.text(join(folder, "package.json")))
    pnpm = tree.text(join(folder, "pnpm-workspace.yaml")) or ""
    listed = _PNPM_PACKAGES.search(pnpm)
    # `packages: [.]` lists the folder itself: a plain app that keeps pnpm settings there.
    only_itself = listed and set(pnpm_packages(pnpm[listed.end() :])) <= {".", "./"}
    # Yarn's `workspaces: {nohoist: [...]}` without `packages` only tunes hoisting for the app.
    workspaces = data.get("workspaces")
    if isinstance(workspaces, dict):
        workspaces = workspaces.get("packages")
    return bool(workspaces) or bool(listed and not only_itself)


_NPM_ALIAS = re.compile(r"^npm:((?:@[\w.-]+/)?[\w.-]+)(?:@|$)")


def dependencies(text: str, data: dict[str, Any], file: str, *sections: str) -> list[Dependency]:
    found = []
    for section in sections:
        for name, version in table(data, section).items():
            written = f"{name}@{version}" if isinstance(version, str) else name
            # An alias (`"sdk-es8": "npm:@elastic/elasticsearch@8"`) installs the package
            # it names under another name: that package is the dependency.
            alias = _NPM_ALIAS.match(version) if isinstance(version, str) else None
            real = alias.group(1) if alias else name
            found.append(Dependency(real.lower(), file, quoted_key_line(text, name), written))
    return found


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest = join(folder, "package.json")
    text = tree.text(manifest) or ""
    data, problem = load_json(text)
    nx = nx_scripts(data)
    data = {**data, "scripts": {**table(data, "scripts"), **nx}} if nx else data
    notes = [f"{manifest}: {problem}; read as an empty package"] if problem else []
    finding = AppFinding(
        path=folder,
        language=Choice("node", (manifest,)),
        manifest=manifest,
        version=node_version(tree, folder, data, text),
        package_manager=package_manager(tree, folder, notes),
        notes=tuple(notes),
    )
    runtime = dependencies(text, data, manifest, "dependencies")
    every = runtime + dependencies(text, data, manifest, "devDependencies")
    runs_member = member_run(tree, folder, data) if is_workspace_root(tree, folder) else None
    if runs_member:  # the root runs that package's server: its framework and clients count
        member = join(runs_member, "package.json")
        member_text = tree.text(member) or ""
        member_deps = dependencies(member_text, load_json(member_text)[0], member, "dependencies")
        runtime, every = runtime + member_deps, every + member_deps
    if (
        is_workspace_root(tree, folder)
        and not runs_member
        and not (_own_framework(tree, folder, data) and _runs_itself(data))
    ):
        note = f"{folder}: workspace root; its packages are detected one by one"
        # Its services reach the packages that keep no dependencies of their own.
        services = services_for("node", runtime) + prisma_services(tree, folder, every, data)
        return replace(
            finding,
            runnable=False,
            notes=(*finding.notes, note),
            services=tuple(_unique(services)),
        )
    finding = _nx_command(_run_decisions(tree, folder, data, every, finding), nx)
    not_served = not_a_server(tree, folder, data, {d.name for d in every}, is_workspace_root)
    # The library the root's `dev` runs (`pnpm -F artalk dev`) is what its developers work on.
    if not_served and PLAYGROUND in not_served and picked_by_root(tree, folder):
        not_served = None
    if not_served:
        finding = replace(
            finding, runnable=False, notes=(*finding.notes, f"{folder}: {not_served}")
        )
    procfile = join(folder, "Procfile")
    served = runs_a_member(tree.text(procfile), folder, lambda f: is_candidate(tree, f))
    if served and not finding.runnable:
        note = f"{procfile} web: {served} serves a package below, the app; not this one"
        finding = replace(finding, notes=(*finding.notes, note))
    else:
        finding = apply_procfile(finding, tree.text(procfile), procfile)
    # The Prisma schema's datasource is the app's own database: first among the drivers.
    services = prisma_services(tree, folder, every, data) + services_for("node", runtime)
    services += meteor_database(manifest, every)
    services, more = embedded_postgres(folder, data, services + mail_catcher(tree, folder))
    return replace(finding, services=tuple(_unique(services)), notes=(*finding.notes, *more))


def _nx_command(finding: AppFinding, nx: dict[str, str]) -> AppFinding:
    """An Nx target is run by its command, not by `npm run` (no script has its name)."""
    pm = finding.package_manager.value if finding.package_manager else "npm"
    run = finding.command.value if finding.command else f"{pm} run dev"
    name = run.removeprefix(f"{pm} run ") if isinstance(run, str) else None
    if name not in nx:
        return finding
    command = Choice(nx[name], (f"{finding.manifest} nx.targets.{name}",))
    return replace(finding, command=command)


def _runs_itself(data: dict[str, Any]) -> bool:
    """A workspace root whose dev script runs its packages (`pnpm --filter ./apps/web dev`,
    `turbo dev`) is not an app itself, whatever framework its shared dependencies name."""
    script = table(data, "scripts").get("dev") or table(data, "scripts").get("start")
    return not (isinstance(script, str) and DELEGATES.search(script))


def _own_framework(tree: RepoTree, folder: str, data: dict[str, Any]) -> bool:
    """A framework of its own: Next.js, NestJS... wherever declared; any other one (Express,
    a bundler) only among the runtime dependencies, or when the workspace's packages are the
    root app's own plugins (`packages: [src/plugins/**]`). Shared devDependencies of a
    monorepo's root are tooling."""
    runtime = set(table(data, "dependencies"))
    names = runtime | set(table(data, "devDependencies"))
    if any(dep in names for _, dep, _ in _FRAMEWORKS[:4]):
        return True
    # Its dev script serves the folder with a framework it declares (`vp dev .`), and it has
    # runtime dependencies of its own (vue, its UI kit): the root holds an app's code.
    scripts = {k: v for k, v in table(data, "scripts").items() if isinstance(v, str)}
    own = {d for d, v in table(data, "dependencies").items() if not str(v).startswith("workspace:")}
    if own and set(_script_framework(scripts, "package.json")) & names:
        return True
    if any(dep in runtime for _, dep, _ in _FRAMEWORKS):
        return True
    return _plugins_only(tree, folder) and any(dep in names for _, dep, _ in _FRAMEWORKS)


def _plugins_only(tree: RepoTree, folder: str) -> bool:
    pnpm = tree.text(join(folder, "pnpm-workspace.yaml")) or ""
    listed = _PNPM_PACKAGES.search(pnpm)
    globs = [g.lstrip("!./") for g in pnpm_packages(pnpm[listed.end() :])] if listed else []
    return bool(globs) and all(g.startswith("src/") for g in globs)


def _unique(needs: list[ServiceNeed]) -> list[ServiceNeed]:
    seen: dict[str, ServiceNeed] = {}
    for need in needs:
        seen.setdefault(need.type, need)
    return list(seen.values())


def _run_decisions(
    tree: RepoTree, folder: str, data: dict[str, Any], deps: list[Dependency], finding: AppFinding
) -> AppFinding:
    scripts = {k: v for k, v in table(data, "scripts").items() if isinstance(v, str)}
    pm = finding.package_manager.value if finding.package_manager else "npm"
    by_name = {d.name: d for d in reversed(deps)} or _script_framework(scripts, finding.manifest)
    match = next(((f, by_name[d], p) for f, d, p in _FRAMEWORKS if d in by_name), None)
    # The framework the dev script runs beats other dependencies (`start: vite` beside express
    # for a production proxy, or beside a leftover react-scripts): the developer's server.
    # So does the one it runs undeclared: a workspace package whose `dev: vite` uses the
    # root's hoisted vite (Artalk's ui/artalk-sidebar declares only plugins).
    runs = _script_framework(scripts, finding.manifest)
    if runs and (match is None or match[1].name not in runs):
        match = next(((f, runs[d], p) for f, d, p in _FRAMEWORKS if d in runs), match)
    # A front-end tool no script runs (react-scripts kept from a create-react-app start, the
    # bundling done by webpack) beside a server framework: the server is the app.
    if (
        match
        and match[0] in _FRONT_END
        and not runs
        and not runs_binary(scripts, _FRONT_END[match[0]])
    ):
        server = ((f, by_name[d], p) for f, d, p in _FRAMEWORKS if f in _SERVERS and d in by_name)
        match = next(server, match)
    # Vite among the dependencies of a Vue CLI project whose scripts serve with vue-cli-service
    # (a migration under way, or vitest): the dev server is Vue CLI's.
    vue_cli = any(_VUE_CLI_SERVE.search(v) for v in scripts.values())
    if match and match[0] == "vite" and vue_cli and not runs:
        match = None
    entry = entry_file(tree, folder, data)
    if match is None:
        # A workspace package without scripts is a library whatever its `main` says.
        in_workspace = any(is_workspace_root(tree, f) for f in ancestors(folder))
        return _plain(tree, folder, scripts, pm, None if in_workspace else entry, finding)
    framework, dependency, port = match
    dev, prod = commands(framework, scripts, pm, entry, _dev_names(tree, folder, scripts))
    # `next dev` listens on `-p` or PORT: a config module's `port:` is something else's (a
    # deploy form's default), unless a custom server (the entry's sources) reads it.
    hint = port_hint(tree, folder, scripts, entry, config=framework != "next")
    chosen = Choice(port, (f"{framework}'s usual port",))
    if hint and framework != "vite":  # the vite command sets its own port
        chosen = Choice(hint[0], (hint[1],))
    elif framework in _SERVERS:
        chosen = own_env_port(tree, folder) or chosen
    elif framework == "vite":  # the port the developer opens: `vite --port`, config, env
        # The compose service built here runs `vite dev --port 3000`: what it publishes.
        served = compose_command_port(tree, "vite", folder)
        found = served or script_port(scripts) or vite_config_port(tree, folder)
        chosen = found or vite_env_port(tree, folder) or chosen
    elif framework == "rsbuild":
        chosen = script_port(scripts) or vite_config_port(tree, folder, RSBUILD_CONFIGS) or chosen
    elif framework == "angular":
        chosen = angular_port(tree, folder) or chosen
    elif framework == "react-scripts":
        chosen = react_scripts_env_port(tree, folder) or chosen
    return replace(
        finding,
        framework=Choice(
            framework if framework in _SPEC_FRAMEWORKS else "none", (dependency.evidence,)
        ),
        port=chosen,
        command=dev,
        prod_command=prod,
        env=env_of(tree, folder, entry, framework),
        # A front-end bundler beside a Go or Python server in one folder builds its assets.
        strength=2 if framework in _FRONT_END else 3,
    )


def _script_framework(scripts: dict[str, str], manifest: str) -> dict[str, Dependency]:
    """A package without dependencies of its own (a monorepo keeps them all at the root) is
    the framework its dev script runs: `nest start --watch`, `next dev -p 4200`."""
    for name in ("dev", "start"):
        for command in run_script_commands(scripts, name):
            words = command.split()
            if words[:2] == ["vp", "dev"]:  # Vite+ runs Vite's dev server
                words = ["vite"]
            dependency = _SCRIPT_BINARIES.get(words[0] if words else "")
            if dependency:
                return {dependency: Dependency(dependency, manifest, None, f"scripts.{name}")}
    return {}


def _dev_names(tree: RepoTree, folder: str, scripts: dict[str, str]) -> tuple[str, ...]:
    """The scripts that serve in development: `dev`, then the package tasks the workspace's
    turbo.json runs for dev (`rotor:dev`), then `develop` (Strapi's `strapi develop`; its
    `start` serves the built admin), then `start`."""
    root = next((f for f in ancestors(folder) if is_workspace_root(tree, f)), None)
    turbo = turbo_dev_tasks(tree, root) if root is not None else ()
    return ("dev", *turbo, "develop", "start", *other_dev_scripts(scripts))


def _plain(
    tree: RepoTree,
    folder: str,
    scripts: dict[str, str],
    pm: str,
    entry: str | None,
    finding: AppFinding,
) -> AppFinding:
    # Vue CLI's projects serve in dev with `serve: vue-cli-service serve`, not their entry.
    vue_cli = ("serve",) if _VUE_CLI_SERVE.search(scripts.get("serve", "")) else ()
    dev = script_or(scripts, (*_dev_names(tree, folder, scripts), *vue_cli), pm, None, entry)
    if dev is None:
        note = f"{folder}: a Node package without a dev or start script or entry file (a library)"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    prod = script_or(scripts, ("start",), pm, None, entry) or dev
    hint = port_hint(tree, folder, scripts, entry)
    listens = hint is not None or reads_port(tree, folder, entry)
    others = other_dev_scripts(scripts)
    if folder != "." and not listens and not (_SERVING_NAMES | set(others)) & set(scripts):
        # No script runs it and its entry listens nowhere: the dependencies of a plugin's
        # bundle or a template's init script (remix.init/index.js), not a server.
        note = f"{folder}: a Node package with no dev or start script whose entry listens nowhere"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    exposed = exposed_port(tree, folder) if not hint and listens else None
    port = Choice(hint[0], (hint[1],)) if hint else exposed or Choice(3000, ("Node's usual port",))
    serve = scripts.get("dev", scripts.get("serve", ""))
    if not hint and _VUE_CLI_SERVE.search(serve):
        port, listens = vue_cli_port(tree, folder, serve), True
    runs = [c for n in ("dev", "start") for c in run_script_commands(scripts, n)]
    runs += [c.strip() for n in others for c in re.split(r"&&|;", scripts[n])]
    # The bundler's dev server is what listens, whatever port a config module holds
    # (treeherder's docker/statsd_config.js names statsd's 8125).
    webpack = webpack_serve_port(tree, folder, runs)
    port, listens = (webpack, True) if webpack else (port, listens)
    return replace(
        finding,
        command=None if dev.value == f"{pm} run dev" else dev,
        prod_command=None if prod.value == f"{pm} start" else prod,
        port=port if listens else None,
        env=env_of(tree, folder, entry, "none"),
        strength=2,
    )
