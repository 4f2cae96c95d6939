"""Which Node packages are servers: build-only packages, libraries, docs sites and mobile apps
are not, however much their dependencies look like a web framework.

A workspace package is an app when one of its scripts serves something; a library that merely
depends on `next`, a `dev` script that runs `vite build --watch` or `prisma migrate dev`, a
docs site and an Expo app are reported as notes, not given a container.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Any

from devenv.detect.manifests import load_json, table
from devenv.detect.model import Dependency, ServiceNeed
from devenv.detect.nodecommands import other_dev_scripts
from devenv.detect.nodeport import member_run
from devenv.detect.settingsport import WEBPACK_SERVE
from devenv.detect.tree import RepoTree, ancestors, join, parent

SERVING_SCRIPTS = ("dev", "start", "serve", "develop")
# Scripts that run a workspace's packages rather than the folder's own app.
DELEGATES = re.compile(
    r"\b(?:pnpm|yarn|npm|bun)\b[^&|;]*\s(?:--filter|-F|--recursive|-r|--workspaces?|-ws|--cwd|--dir|--prefix)\b"
    r"|\byarn\s+workspaces\s+foreach\b|(?<!-)\bturbo\b|\blerna\s+run\b|\bnx\s+run-many\b"
)
# A package manager run in another folder: `npm start --prefix server`, `yarn --cwd client`.
# `cd server && yarn dev` too (anything-llm's root runs server/, frontend/ and collector/);
# not `cd ../packages/helper && npm i`, which installs a sibling's dependencies before the
# folder's own dev server runs (`dev: npm run ts:build && vite`).
_ELSEWHERE = re.compile(
    r"\b(?:pnpm|yarn|npm|bun)\b[^&|;]*\s(?:--cwd|--dir|--prefix)\b"
    r"|\bcd\s+(?!\.\s)[\w@./-]+\s*&&\s*(?:pnpm|yarn|npm|bun)\b"
    r"(?!\s+(?:i|install|ci)\b|\s*(?:&&|;|$))"
)
# `npm run server:start`, `yarn client:start`: another script of the same package.
_OWN_SCRIPT = re.compile(r"\b(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+([\w:.-]+)")
# Tools whose `dev` builds, watches, migrates or previews instead of serving the app.
_BUILD_ONLY = re.compile(
    # `tsc && vite`: a type check before the dev server, which serves.
    r"^(?:vp\s+(?:pack|build)|tsc(?![^;|]*&&\s*vite\b(?!\s+build))|tsup|rollup|"
    r"webpack(?!\s+serve\b)|babel|esbuild|swc|unbuild|"
    r"microbundle|prisma|drizzle-kit|parcel\s+(?:build|watch)|"
    r"email|storybook|start-storybook|jest|vitest|eslint|rimraf|tailwindcss|"
    r"postcss|sass|concurrently\s+[\"']?tsc)\b"
    r"|\b(?:vite|next|nuxt|astro|react-router|remix|nx|turbo|lerna)\s+(?:run\s+)?build\b"
    # Another script that builds or watches (`start: pnpm watch`), a static server over the
    # build output (`serve: serve -p 3001 ./dist`).
    r"|^(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+(?:watch|build)(?::[\w-]+)?\s*$"
    r"|^(?:serve|http-server)\s+(?:-\S+\s+)*(?:\d+\s+)?\.?/?(?:dist|build)/?\s*$"
    # A task runner's default or watch task over a back end's assets (Blogifier's `start:
    # gulp`); its `serve` task (browser-sync) serves.
    r"|^(?:gulp|grunt)(?:\s+(?:default|watch|build|dev))?\s*$"
)
# `start: tsc && node src/index.js`: the build, then the server it built, as the last command.
_THEN_RUNS = re.compile(r"&&\s*(?:node|nodemon|ts-node|tsx)\s+[^&;|]+$")


def _builds_only(script: str) -> bool:
    command = command_of(script)
    return bool(_BUILD_ONLY.search(command)) and not _THEN_RUNS.search(command)


_DOCS = (
    "@docusaurus/core",
    "vitepress",
    "nextra",
    "@vuepress/core",
    "vuepress",
    "mintlify",
    "docus",  # Nuxt's docs theme
    "@astrojs/starlight",  # Astro's
)
# Packages that are not servers: mobile and desktop apps, editor plugins, a back end's assets.
_NOT_SERVERS = {
    "expo": "a mobile app",
    "react-native": "a mobile app",
    "@tauri-apps/cli": "a desktop app",
    "electron": "a desktop app",
    "obsidian": "an Obsidian plugin",
    "wxt": "a browser extension",
    # A slide deck (a talk about the app); reveal.js decks are told by a vendored copy of it
    # (talk/reveal.js), as apps with a slide mode (CodiMD) depend on reveal.js too.
    "@slidev/cli": "a slide deck",
    # Email template builders: `maizzle serve` previews the HTML a back end sends.
    "@maizzle/framework": "email templates built to HTML",
    "foundation-emails": "email templates built to HTML",
    "plasmo": "a browser extension",
    "@crxjs/vite-plugin": "a browser extension",
    "webextension-polyfill": "a browser extension",
    "@types/chrome": "a browser extension",
    # Bundler plugins that hand their output to a server in another language.
    "laravel-vite-plugin": "the assets of a Laravel app",
    "laravel-mix": "the assets of a Laravel app",
    "vite-plugin-ruby": "the assets of a Rails app",
    "@symfony/webpack-encore": "the assets of a Symfony app",
}
# Typings alone: a web app that talks to a companion extension declares them too.
_TYPINGS = frozenset({"@types/chrome"})
METEOR = "meteor-node-stubs"
# Browser test runners: a package of them that serves nothing drives tests against the app.
# (puppeteer and playwright alone are libraries apps use too: PDFs, screenshots.)
_TEST_DRIVERS = ("cypress", "@playwright/test")
SERVER_FRAMEWORKS = (
    *("next", "@nestjs/core", "nuxt", "express", "fastify", "koa", "@hapi/hapi", METEOR),
    "@adonisjs/core",
)
# Back ends no docs theme is built on: a package with one of them and a docs tool is an API
# that keeps its docs beside it (`docs:dev: vitepress dev docs`), not a docs site.
_BACK_ENDS = frozenset(SERVER_FRAMEWORKS) - {"next", "nuxt"}
# A Vite app is served, never imported: a `main` into dist/ makes the package a library.
_BUILD_OUTPUT = re.compile(r"^(?:\./)?(?:dist|lib|build|es|umd|cjs|esm)/")
# `vp dev` is Vite+'s command for Vite's dev server; `vp pack` and `vp build` only build.
_VITE = re.compile(r"^(?:vite|vp\s+dev)(?:\s+(?:dev|serve)\b|\s+--|\s+\.|\s*$)")
# Folder names of a product's content sites: with Astro, pages about the app, not the app.
_SITE_WORDS = frozenset({"landing", "marketing", "website", "www", "homepage", "site", "blog"})
# A script that copies Next's static export (out/) into a folder outside the package: pages
# another app (a Python or Go server) serves, `cp -r out/ ../../server/static`.
_COPIES_BUILD = re.compile(r"\b(?:cp|xcopy|rsync)\s+(?:-\w+\s+)*\.?/?out\b\S*\s+\.\.[/\\]")
_RUNTIMES = frozenset({"node", "nodemon", "ts-node", "tsx", "bun", "deno", "npm", "pnpm", "yarn"})
# Workspace folders that hold libraries by convention when an apps/ folder sits beside them.
_LIBRARY_FOLDERS = ("packages", "libs")


def command_of(script: str) -> str:
    """The script's real command, past `cross-env A=b`, `dotenv --` and env assignments."""
    text = re.sub(
        r"^(?:(?:cross-env|env|npx|bunx|pnpm\s+exec|npm\s+exec|yarn\s+exec)\s+"
        r"|dotenv(?:\s+-\S+(?:\s+\S+)?)*\s+--\s+)+",
        "",
        script,
    )
    return re.sub(r"^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)+", "", text.strip())


# `npm-run-all --parallel api web`, `run-p dev:*`: a script that runs the package's others.
_RUN_ALL = re.compile(r"^(?:npm-run-all|run-p|run-s)\b((?:\s+[\w:*.-]+)+)\s*$")
_CONCURRENT = re.compile(r"(?<!\S)[\"']?(?:npm|yarn|pnpm|bun):([\w:*.-]+)")


def run_script_commands(scripts: dict[str, str], name: str) -> list[str]:
    """The commands a script runs: its own, or those of the scripts it runs in parallel or in
    sequence (`dev: npm-run-all --parallel schedule serve` runs `serve: vite dev`)."""
    command = command_of(scripts.get(name, ""))
    found = _RUN_ALL.match(command)
    if found:
        names = [w for w in found.group(1).split() if not w.startswith("-")]
    else:  # concurrently's shorthand: `concurrently yarn:start:react yarn:start:api`
        names = _CONCURRENT.findall(command) if command.startswith("concurrently ") else []
    if not names:
        return [command] if command else []
    runs = [n for w in names for n in scripts if n != name and fnmatch.fnmatchcase(n, w)]
    return [command_of(scripts[n]) for n in dict.fromkeys(runs)]


# A script that only runs another of the package's scripts: `start: npm run dev`.
_ALIAS = re.compile(r"^(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+([\w:.-]+)\s*$")


def _followed(scripts: dict[str, str], name: str) -> str | None:
    """The script, or the one it only runs (`start: npm run dev` is whatever `dev` is): an alias
    of a build that watches (django-tailwind's `start: npm run dev`, `dev: postcss --watch`)
    builds too."""
    seen = {name}
    script = scripts.get(name)
    while script is not None:
        alias = _ALIAS.match(command_of(script))
        if alias is None or alias.group(1) in seen or alias.group(1) not in scripts:
            return script
        seen.add(alias.group(1))
        script = scripts[alias.group(1)]
    return None


def serving_script(scripts: dict[str, str], also: tuple[str, ...] = ()) -> str | None:
    """The first dev/start/serve script (or one of `also`) that runs a server, not a build."""
    for name in (*SERVING_SCRIPTS, *also, *other_dev_scripts(scripts)):
        script = scripts.get(name)
        runs = (script, _followed(scripts, name))
        if script and not any(s and (_builds_only(s) or _rebuilds(scripts, s)) for s in runs):
            return name
    return None


def build_only(scripts: dict[str, str]) -> str | None:
    """Evidence that the package's dev script only builds: `dev: vite build --watch`, or the
    build script again in watch mode (`build: bun run emails.ts`, `dev: ... --watch`)."""
    for name in SERVING_SCRIPTS:
        for script in dict.fromkeys((scripts.get(name), _followed(scripts, name))):
            if script and _builds_only(script):
                return f"package.json scripts.{name}: {script}"
            if script and _rebuilds(scripts, script):
                return f"package.json scripts.{name}: {script} (the build script again)"
    return None


def turbo_dev_tasks(tree: RepoTree, root: str) -> tuple[str, ...]:
    """The package tasks turbo.json's `dev` task depends on: `"dev": {"dependsOn":
    ["console:dev", "rotor:dev"]}` makes `turbo run dev` run those scripts in the packages."""
    data, _ = load_json(tree.text(join(root, "turbo.json")))
    tasks = table(data, "tasks") or table(data, "pipeline")
    dev = tasks.get("dev")
    needs = dev.get("dependsOn") if isinstance(dev, dict) else None
    if not isinstance(needs, list):
        return ()
    return tuple(n for n in needs if isinstance(n, str) and not n.startswith("^") and "#" not in n)


_WATCH = re.compile(r"\s+(?:--watch|-w)\b")


def _rebuilds(scripts: dict[str, str], script: str) -> bool:
    """The build script again, watching or not: FOSSBilling's themes have `dev` and `build`
    both `node ./esbuild.mts`, a bundler's own script that serves nothing."""
    build = scripts.get("build", "").strip()
    return bool(build) and _WATCH.sub("", script).strip() == build


# A published library's vite dev server: a demo page, unless the workspace root runs it.
PLAYGROUND = "its vite dev server is a playground"


def workspace_of(tree: RepoTree, folder: str, is_root: Any) -> str | None:
    return next((f for f in ancestors(folder) if is_root(tree, f)), None)


def not_a_server(
    tree: RepoTree, folder: str, data: dict[str, Any], names: set[str], is_root: Any
) -> str | None:
    """Why this package is not an app we run, or None when it may be one."""
    scripts = {k: v for k, v in table(data, "scripts").items() if isinstance(v, str)}
    docs = next((d for d in _DOCS if d in names), None)
    # An Nx root's one package.json holds every project's dependencies, its docs site's too.
    if docs and not tree.exists(join(folder, "nx.json")) and not names & _BACK_ENDS:
        return f"a documentation site ({docs}), not run as an app"
    nx = _nx_workspace(tree, folder, is_root)
    if nx is not None:
        return f"a project of the Nx workspace at {nx} (project.json), which runs it (nx serve)"
    if data.get("name") == "reveal.js":
        return "a vendored copy of reveal.js (a slide deck), not run as an app"
    other = next((d for d in _NOT_SERVERS if d in names), None)
    if other in _TYPINGS and any(d in names for d in SERVER_FRAMEWORKS):
        other = None  # a Next app with @types/chrome is still a Next app
    if other:
        return f"{_NOT_SERVERS[other]} ({other}), not run as a server"
    if data.get("bin") and not any(d in names for d in SERVER_FRAMEWORKS):
        return "a command-line tool (package.json bin), not a server"
    copied = next(
        (f"scripts.{k}: {v}" for k, v in scripts.items() if _COPIES_BUILD.search(v)), None
    )
    if copied:
        return f"its build is copied into another app's folder ({copied}): that app's assets"
    root = workspace_of(tree, folder, is_root)
    served = serving_script(scripts, turbo_dev_tasks(tree, root) if root is not None else ())
    driver = next((d for d in _TEST_DRIVERS if d in names), None)
    if driver and served is None:
        return f"an end-to-end test suite ({driver}) with no dev or start script, not an app"
    image = _image_manifest(tree, folder, scripts, served, names)
    if image:
        return image
    if served and _only_delegates(scripts, served, set()):
        return f"scripts.{served} runs other folders' packages (--prefix, --cwd): not an app itself"
    built = build_only(scripts)
    if not served and not built and not any(d in names for d in SERVER_FRAMEWORKS):
        # No script serves, and its scripts bundle assets (`watch: webpack --watch`).
        built = next(
            (
                f"package.json scripts.{k}: {v}"
                for k, v in scripts.items()
                if _BUILD_ONLY.search(command_of(v))
            ),
            None,
        )
    if built and not served:
        return f"builds only ({built}); not run as an app"
    library = _published_entry(data)
    if library and served and _VITE.match(command_of(scripts[served])):
        return f"a library (package.json {library}); {PLAYGROUND}"
    if root is None:
        return None
    root_data, _ = load_json(tree.text(join(root, "package.json")))
    if member_run(tree, root, root_data) == folder:
        return f"run by the workspace root's dev script ({join(root, 'package.json')}): the app"
    site = set(re.split(r"[-_.]", folder.rsplit("/", 1)[-1].lower())) & _SITE_WORDS
    if site and "astro" in names:
        return f"the workspace's {sorted(site)[0]} site (Astro), not the app it ships"
    if served is None:
        return "a workspace package with no dev or start script that serves (a library)"
    top = folder[len(root) + 1 :].split("/")[0] if root != "." else folder.split("/")[0]
    if top in _LIBRARY_FOLDERS and _has_apps_folder(tree, root):
        return f"a library of the workspace ({top}/ beside apps/); its services go to its users"
    return None


def _only_delegates(scripts: dict[str, str], name: str, seen: set[str]) -> bool:
    """Whether the script, through the package's own scripts it runs (`concurrently "npm run
    server:start" "npm run client:start"`), only runs other folders' packages
    (`npm start --prefix server`)."""
    script = scripts[name]
    if _ELSEWHERE.search(script):
        return True
    called = [r for r in _OWN_SCRIPT.findall(script) if r in scripts and r not in seen | {name}]
    return bool(called) and all(_only_delegates(scripts, r, seen | {name}) for r in called)


def _nx_workspace(tree: RepoTree, folder: str, is_root: Any) -> str | None:
    """The integrated Nx workspace (one package.json, no package manager workspaces) above a
    folder holding an Nx project.json: its apps run from there, whatever package.json the
    project keeps for its own tools (react-scripts, a generator)."""
    if folder == "." or not tree.exists(join(folder, "project.json")):
        return None
    nx = next((f for f in ancestors(folder) if tree.exists(join(f, "nx.json"))), None)
    return nx if nx is not None and not is_root(tree, nx) else None


def _image_manifest(
    tree: RepoTree, folder: str, scripts: dict[str, str], served: str | None, names: set[str]
) -> str | None:
    """A package.json of no dependencies beside a Dockerfile, whose script runs a command it
    does not declare (`start: shop start`): what the image installs, not an app here."""
    if folder == "." or names or served is None or not tree.exists(join(folder, "Dockerfile")):
        return None
    words = command_of(scripts[served]).split()
    if not words or words[0] in _RUNTIMES:
        return None
    return f"the manifest its Dockerfile installs (scripts.{served} runs {words[0]}, undeclared)"


def _published_entry(data: dict[str, Any]) -> str | None:
    """`main` or `module` into the build output: what a published library hands its users."""
    for key in ("main", "module"):
        value = data.get(key)
        if isinstance(value, str) and _BUILD_OUTPUT.match(value):
            return f"{key}: {value}"
    return None


def vite_dev(script: str) -> bool:
    """The script runs Vite's dev server: `vite`, `vite dev`, `vite --port 5001`."""
    return bool(_VITE.match(command_of(script)))


def _has_apps_folder(tree: RepoTree, root: str) -> bool:
    apps = join(root, "apps")
    return any(parent(parent(p)) == apps for p in tree.paths if p.endswith("/package.json"))


def package_name(tree: RepoTree, folder: str) -> str | None:
    name = load_json(tree.text(join(folder, "package.json")))[0].get("name")
    return name.lower() if isinstance(name, str) else None


# Servers that run Postgres in process (PGlite over a socket): a dev script that starts one
# needs no database container, whatever DATABASE_URL says.
_EMBEDDED_POSTGRES = re.compile(r"^(?:pglite-server|pglite-socket)\b")


def embedded_postgres(
    folder: str, data: dict[str, Any], services: list[ServiceNeed]
) -> tuple[list[ServiceNeed], list[str]]:
    """The services without postgres when `dev` starts an in-process Postgres, with a note."""
    scripts = {k: v for k, v in table(data, "scripts").items() if isinstance(v, str)}
    dev = scripts.get("dev", "")
    for name, script in scripts.items():
        runs = name == "dev" or re.search(rf"(?<![\w:-]){re.escape(name)}(?![\w:-])", dev)
        if runs and _EMBEDDED_POSTGRES.search(command_of(script)):
            kept = [s for s in services if s.type != "postgres"]
            if len(kept) == len(services):
                return services, []
            why = f"`dev` starts an in-process Postgres (scripts.{name}: {script})"
            return kept, [f"{folder}: postgres is not needed as a container: {why}"]
    return services, []


# Nx plugins infer a target a package.json lists without a command from the framework's config
# (@nx/next: `dev` runs `next dev`).
_NX_INFERRED = {"next": {"dev": "next dev", "start": "next start"}}


def nx_scripts(data: dict[str, Any]) -> dict[str, str]:
    """The serving targets a package.json gives Nx instead of scripts (`"nx": {"targets":
    {"dev": {"options": {"command": "next dev -p 3001"}}}}`), as the scripts they would be."""
    targets = table(table(data, "nx"), "targets")
    names = set(table(data, "dependencies")) | set(table(data, "devDependencies"))
    found = {}
    for name in SERVING_SCRIPTS:
        target = targets.get(name)
        if not isinstance(target, dict) or name in table(data, "scripts"):
            continue
        command = table(target, "options").get("command")
        if isinstance(command, str):
            found[name] = command
        elif "executor" not in target:
            inferred = next((t.get(name) for d, t in _NX_INFERRED.items() if d in names), None)
            if inferred:
                found[name] = inferred
    return found


def meteor_database(manifest: str, deps: list[Dependency]) -> list[ServiceNeed]:
    """A Meteor app keeps its data in MongoDB (MONGO_URL), whatever its npm dependencies say:
    Meteor's own packages hold the driver."""
    stubs = next((d for d in deps if d.name == METEOR), None)
    if stubs is None:
        return []
    return [ServiceNeed("mongo", f"{stubs.evidence}: a Meteor app, whose data is in MongoDB")]


def runs_own_dev_server(tree: RepoTree, folder: str) -> bool:
    """Whether the package's dev or start script runs a bundler's dev server (`webpack serve`,
    `rspack serve`), which serves the front end itself and proxies API calls to the back end."""
    data, _ = load_json(tree.text(join(folder, "package.json")))
    scripts = {k: v for k, v in table(data, "scripts").items() if isinstance(v, str)}
    runs = [c for n in ("dev", "start") for c in run_script_commands(scripts, n)]
    return any(WEBPACK_SERVE.match(command) for command in runs)
