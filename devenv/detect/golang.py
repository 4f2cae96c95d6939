"""Detect a Go app: the toolchain version, its main package, the port it listens on, services."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import replace

from devenv.detect.gocommands import Served, served_commands
from devenv.detect.golayers import GORM_V1, data_layer_drivers, gorm_dialects, layer_imports
from devenv.detect.gomod import go_version, local_replacements, requirements
from devenv.detect.goport import find_port
from devenv.detect.gotests import test_only
from devenv.detect.model import AppFinding, Choice, ServiceNeed
from devenv.detect.procfile import (
    apply_procfile,
    binary_port,
    process_name,
    read_procfile,
    to_command,
)
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, ancestors, join, parent

_MAIN = re.compile(r"^package\s+main\b", re.MULTILINE)
# Procfile commands that run Go source; anything else starts a binary built elsewhere.
_GO_RUNNERS = frozenset({"go", "sh", "bash", "air", "reflex", "gow", "CompileDaemon", "make"})
_GIN = "github.com/gin-gonic/gin"
# Mage build scripts are `package main` too, but they build the app rather than being it; a
# file behind `//go:build ignore` (or one custom tag: `go_run_only`) is a script `go run` is
# given by name (ent's entc.go, a gen.go). Platform and toolchain tags build by default.
# A constraint is read as alternatives of conditions: `mage && !windows` (go:build) or
# `mage,!windows` (+build) needs mage all the same.
_BUILD_SCRIPT = re.compile(r"^//\s*(go:build|\+build)[ \t]+(.+?)[ \t]*$", re.MULTILINE)
_DEFAULT_TAGS = re.compile(
    r"^(?:linux|darwin|windows|freebsd|openbsd|netbsd|unix|android|ios|js|wasip1|plan9|"
    r"solaris|illumos|aix|dragonfly|amd64|arm64|386|arm|wasm|riscv64|ppc64le|s390x|"
    r"mips\w*|loong64|cgo|gc|gccgo|go1\.\d+)$"
)
# `cmd/protoc-gen-x`, `ndpgen`, `codegen`: a module whose every command generates code is a
# build tool, not a server.
_GENERATOR = re.compile(r"(?i)(?:gen|generator)$|^protoc-gen-")
# `cmd/migrate`, `cmd/seed`: one-shot tools; a module of nothing else serves nothing.
_ONE_SHOT = re.compile(r"(?i)^(?:migrate|migrations?|migrator|seed|seeder)$")
_PREFERRED_CMDS = ("server", "api", "web", "app", "http", "serve")
# SDKs of plugins a host program starts (a Grafana backend plugin, a Terraform provider).
_PLUGIN_SDKS = frozenset(
    {
        "github.com/grafana/grafana-plugin-sdk-go",
        "github.com/hashicorp/terraform-plugin-sdk/v2",
        "github.com/hashicorp/terraform-plugin-framework",
    }
)
# Terminal UI libraries: a module that draws in a terminal and listens on no port is a
# command-line tool (a client of the repository's server), not an app.
_TERMINAL_UI = (
    "charm.land/bubbletea",
    "github.com/charmbracelet/bubbletea",
    "github.com/rivo/tview",
    "github.com/gdamore/tcell",
    "github.com/nsf/termbox-go",
    "github.com/manifoldco/promptui",
    "github.com/AlecAivazis/survey",
)
# Window toolkits: a module built on one is a desktop app (which may embed the repository's
# server, but opens a window for it), not a server.
_DESKTOP = (
    "github.com/webview/webview",
    "github.com/wailsapp/wails",
    "fyne.io/fyne",
    "gioui.org",
    "github.com/zserge/lorca",
    "github.com/lxn/walk",
)
_PLUGIN_FOLDER = re.compile(r"(?:^|/)plugins?/")
EMPTY_MAIN = re.compile(r"^func main\(\)\s*\{\s*\}", re.M)
# Folders of programs nobody serves: examples, tests, benchmarks, helper scripts.
_NOT_SERVED = re.compile(
    r"(?i)(?:^|/)(?:_?examples?|samples?|demos?|tests?|testdata|e2e|bench(?:marks?)?|"
    r"hack|scripts?|tools?)(?:/|$)"
)
_HELPER_FOLDERS = frozenset({"hack", "scripts", "script", "tools", "tool", "dev"})


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, "go.mod"))


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest = join(folder, "go.mod")
    text = tree.text(manifest) or ""
    finding = AppFinding(
        path=folder,
        language=Choice("go", (manifest,)),
        manifest=manifest,
        version=go_version(text, manifest),
        package_manager=Choice("go", (manifest,)),
    )
    user = _local_replacement_of(tree, folder)
    if user:
        note = f"{folder}: a library of the Go module in {user} (its go.mod replaces it locally)"
        return replace(finding, runnable=False, notes=(note,))
    user = _stub_of_sibling(tree, folder, exclude)
    if user:
        note = f"{folder}: a library of the Go module in {user} (its go.mod replaces it; "
        note += "its own main is an empty stub)"
        return replace(finding, runnable=False, notes=(note,))
    finding = _main_package(tree, folder, exclude, finding)
    procfile = join(folder, "Procfile")
    finding = _procfile(finding, tree.text(procfile), procfile)
    deps = requirements(text, manifest)
    sdk = next((d for d in deps if d.name in _PLUGIN_SDKS), None)
    if sdk:
        note = f"{folder}: a plugin its host runs ({sdk.evidence}), not a server"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    desktop = next((d for d in deps if d.name.startswith(_DESKTOP)), None)
    if desktop:
        note = f"{folder}: a desktop app ({desktop.evidence}), not a server"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    tested = test_only(tree, folder, [d for d in deps if services_for("go", [d])])
    notes = [
        f"{folder}: {m} is imported by tests only ({p}), not a service" for m, p in tested.items()
    ]
    deps = [d for d in deps if d.name not in tested]
    services = services_for("go", deps) + mail_catcher(tree, folder)
    services += [
        n for n in _libraries_services(tree, folder) if n.type not in {s.type for s in services}
    ]
    indirect = requirements(text, manifest, True)
    services += data_layer_drivers(deps, indirect, services)
    services += layer_imports(tree, _go_files(tree, folder, exclude, 8), indirect, services)
    if any(d.name == GORM_V1 for d in deps):
        services += gorm_dialects(tree, _go_files(tree, folder, exclude), services)
    terminal = next((d for d in deps if d.name.startswith(_TERMINAL_UI)), None)
    if terminal and finding.runnable and finding.port is None and not services:
        note = f"{folder}: a terminal program ({terminal.evidence}) with no port, not a server"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    return replace(finding, services=tuple(services), notes=(*finding.notes, *notes))


def _local_replacement_of(tree: RepoTree, folder: str) -> str | None:
    """The enclosing module whose go.mod replaces this one, or one this module sits in, with
    a local path (`github.com/ory/x => ./oryx`): a vendored library, whatever mains it holds."""
    for above in ancestors(folder):
        for path in local_replacements(tree, above).values():
            if path == folder or folder.startswith(path + "/"):
                return above
    return None


def _stub_of_sibling(tree: RepoTree, folder: str, exclude: Iterable[str]) -> str | None:
    """A module another one beside it replaces locally (`=> ../core`) whose main packages are
    all stubs (`func main() {}`, so it builds as a program): that module's library."""
    users = sorted(parent(p) for p in tree.texts if p == "go.mod" or p.endswith("/go.mod"))
    user = next(
        (u for u in users if u != folder and folder in local_replacements(tree, u).values()), None
    )
    _, mains = _mains(tree, folder, exclude)
    stubs = all(any(EMPTY_MAIN.search(tree.text(p) or "") for p in f) for f in mains.values())
    return user if user is not None and stubs else None


def _libraries_services(tree: RepoTree, folder: str) -> list[ServiceNeed]:
    """The services of the repository's modules beside this one that it uses in their place
    (`replace .../core => ../core`): the app reaches them through that code. A module vendored
    inside the app's folder (`=> ./oryx`) is a toolkit with every driver, not counted."""
    found: dict[str, ServiceNeed] = {}
    required = {d.name for d in requirements(tree.text(join(folder, "go.mod")) or "", "")}
    for module, library in local_replacements(tree, folder).items():
        inside = folder == "." or library.startswith(folder + "/")
        if module in required and not inside and not folder.startswith(library + "/"):
            manifest = join(library, "go.mod")
            for need in services_for("go", requirements(tree.text(manifest) or "", manifest)):
                found.setdefault(need.type, need)
    return list(found.values())


def _procfile(finding: AppFinding, text: str | None, path: str) -> AppFinding:
    """A Procfile's processes, except lines that start a built binary (`web: bin/app`):
    the Go template builds and runs the main package itself."""
    entries = read_procfile(text or "")
    binaries = [e for e in entries if e.command.split()[0] not in _GO_RUNNERS]
    if not binaries:
        return apply_procfile(finding, text, path)
    first = binaries[0]
    note = f"{path}:{first.line} `{first.command}` runs a built binary; devenv runs the package"
    finding = replace(finding, notes=(*finding.notes, note))
    package = finding.main_package.value if finding.main_package else finding.path
    port = binary_port(text, posixpath.basename(posixpath.abspath("/" + package)), path)
    finding = replace(finding, port=port or finding.port)
    if all(e.name != "web" for e in binaries):
        skipped = {e.line for e in binaries}  # blank lines keep the others' line numbers
        lines = (text or "").splitlines()
        kept = ["" if n in skipped else line for n, line in enumerate(lines, start=1)]
        return apply_procfile(finding, "\n".join(kept), path)
    processes = list(finding.processes)
    for entry in entries:
        if entry not in binaries:
            why = (f"{path}:{entry.line} {entry.name}: {entry.command}",)
            processes.append((process_name(entry.name), Choice(to_command(entry.command), why)))
    return replace(finding, processes=tuple(processes))


def _go_files(tree: RepoTree, folder: str, exclude: Iterable[str], max_depth: int = 3) -> list[str]:
    skipped = tuple(f"{e}/" for e in exclude)
    return [
        p
        for p in tree.under(folder, max_depth=max_depth)
        if p.endswith(".go")
        and not p.endswith("_test.go")
        and not p.startswith(skipped)
        and not _script(tree.text(p) or "")
    ]


def _script(text: str) -> bool:
    """A main package built only when a custom tag is asked for: a script, not the app.
    Another package's tagged files are the app's build variants (config_dev.go's
    `// +build dev` beside config_prod.go's), its defaults all the same."""
    constraints = _BUILD_SCRIPT.findall(text)
    return any(_needs_custom_tag(*c) for c in constraints) and _MAIN.search(text) is not None


def _needs_custom_tag(kind: str, expression: str) -> bool:
    """Whether every alternative of the constraint asks for a tag no default build sets."""
    alternatives = expression.split("||") if kind == "go:build" else expression.split()
    return all(
        any(
            not term.startswith("!") and not _DEFAULT_TAGS.match(term)
            for term in re.findall(r"!?[\w.]+", alternative)
        )
        for alternative in alternatives
    )


def _main_package(
    tree: RepoTree, folder: str, exclude: Iterable[str], finding: AppFinding
) -> AppFinding:
    files, mains = _mains(tree, folder, exclude)
    if not mains:
        note = f"{folder}: a Go module without a main package (a library)"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    if folder != "." and all(_GENERATOR.search(posixpath.basename(d)) for d in mains):
        note = f"{folder}: a code generator ({', '.join(sorted(mains))}), not a server"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    if all(_ONE_SHOT.match(posixpath.basename(d)) for d in mains):
        note = f"{folder}: one-shot tools ({', '.join(sorted(mains))}), not a server"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    named = _named(tree, folder)
    served = served_commands(tree, folder, mains, _primary(folder, mains, named))
    chosen = _servers(folder, mains, served, named)[0]
    others = sorted(set(mains) - set(_servers(folder, mains, served, named)))
    if others:
        note = f"{folder}: other main packages, not run: {', '.join(others)}"
        finding = replace(finding, notes=(*finding.notes, note))
    return _command(tree, finding, chosen, mains, files, served)


def other_commands(tree: RepoTree, finding: AppFinding, exclude: Iterable[str]) -> list[AppFinding]:
    """The module's other servers: commands the repository's compose files run with a port,
    when they run more than one (cmd/api and cmd/engine are two apps)."""
    if finding.language.value != "go" or not finding.runnable:
        return []
    files, mains = _mains(tree, finding.path, exclude)
    primary = _primary(finding.path, mains, _named(tree, finding.path))
    served = served_commands(tree, finding.path, mains, primary)
    servers = _servers(finding.path, mains, served)
    alone = replace(finding, command=None, prod_command=None, processes=())
    return [_command(tree, alone, c, mains, files, served) for c in servers[1:]]


def _within(folder: str, path: str) -> str:
    return path if folder == "." else path[len(folder) + 1 :]


def _mains(
    tree: RepoTree, folder: str, exclude: Iterable[str]
) -> tuple[list[str], dict[str, list[str]]]:
    """The module's Go files, and its main packages' folders with their files. A module
    with no command in its top three folders may keep them one level down, one service per
    folder (`app/order/cmd/api`, go-zero's layout); examples and tests there are not apps."""
    files = _go_files(tree, folder, exclude)
    mains = _main_folders(tree, files)
    if not mains:
        deeper = _go_files(tree, folder, exclude, max_depth=4)
        mains = {
            d: f
            for d, f in _main_folders(tree, deeper).items()
            if not _NOT_SERVED.search(_within(folder, d))
        }
        files = deeper if mains else files
    # Go plugins are `package main` too (`-buildmode=plugin`): the host loads them.
    hosts = {d: f for d, f in mains.items() if not _PLUGIN_FOLDER.search(_within(folder, d))}
    return files, hosts or mains


def _main_folders(tree: RepoTree, files: list[str]) -> dict[str, list[str]]:
    mains: dict[str, list[str]] = {}
    for path in files:
        if _MAIN.search(tree.text(path) or ""):
            mains.setdefault(parent(path), []).append(path)
    # A doc.go alone only documents the command `go install` builds elsewhere: no program.
    return {d: f for d, f in mains.items() if any(posixpath.basename(p) != "doc.go" for p in f)}


def _servers(
    folder: str, mains: dict[str, list[str]], served: dict[str, Served], named: str = ""
) -> list[str]:
    """The commands to run, first the one a lone app runs: those compose runs with a port
    when there are any, else the root package or the best-named one."""
    if served:
        return sorted(served, key=lambda d: _rank(d, folder, named))
    return [_primary(folder, mains, named)]


def _primary(folder: str, mains: dict[str, list[str]], named: str = "") -> str:
    """The root package, else the best-named command: the one named after the module
    (`cmd/dendrite` of github.com/matrix-org/dendrite) before tools and demos."""
    return folder if folder in mains else min(mains, key=lambda d: _rank(d, folder, named))


def _named(tree: RepoTree, folder: str) -> str:
    """The last element of the module's path (`dendrite`), "" when go.mod names none."""
    found = re.search(r"^module\s+(\S+)", tree.text(join(folder, "go.mod")) or "", re.M)
    return found.group(1).rstrip("/").rsplit("/", 1)[-1].lower() if found else ""


def _command(
    tree: RepoTree,
    finding: AppFinding,
    chosen: str,
    mains: dict[str, list[str]],
    files: list[str],
    served: dict[str, Served],
) -> AppFinding:
    """The finding for one main package: what `go build` compiles, and its port."""
    folder = finding.path
    gin = any(d.name == _GIN for d in requirements(tree.text(join(folder, "go.mod")) or "", ""))
    port = find_port(tree, folder, mains[chosen], files, gin)
    service = served.get(chosen)
    own = port is not None and port.why[0].split(":")[0] in mains[chosen]
    # A port its service publishes too is its own, whichever it publishes first (gRPC's).
    own = own or (port is not None and service is not None and port.value in service.ports)
    if service and service.port and (port is None or (len(served) > 1 and not own)):
        # Of several servers, each publishes its own port: a default found elsewhere in the
        # module is another's.
        port = Choice(service.port, (f"{service.why} publishes {service.port}",))
    main_file = mains[chosen][0]
    main_package = None
    if chosen != folder:
        package = "./" + chosen[len(folder) + 1 :] if folder != "." else "./" + chosen
        why = (f"{main_file} package main", *((service.why + " runs it",) if service else ()))
        main_package = Choice(package, why)
    return replace(
        finding,
        main_package=main_package,
        port=port,
        framework=Choice("none", (f"{main_file} package main",)),
        strength=2,
    )


def _rank(candidate: str, folder: str, named: str = "") -> tuple[bool, int, int, str]:
    """Shallowest first, a server's name (`cmd/hatchet-api`) before a tool's; scripts in
    hack/, scripts/, tools/ come last whatever their depth."""
    parts = candidate.split("/")
    words = set(re.split(r"[-_.]", parts[-1]))
    preferred = min((_PREFERRED_CMDS.index(w) for w in words if w in _PREFERRED_CMDS), default=99)
    preferred = -1 if named and parts[-1].lower() == named else preferred
    helper = bool({p.lower() for p in parts} & _HELPER_FOLDERS)
    return (helper, candidate.count("/"), preferred, candidate)
