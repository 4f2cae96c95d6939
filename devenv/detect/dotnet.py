"""Detect a .NET app: a runnable project (Sdk.Web, or OutputType Exe), never a class library
or a test project, with its target framework, port and the services its packages imply."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePosixPath

from devenv.detect.aspire import is_app_host
from devenv.detect.dapr import component_services, is_dapr_client
from devenv.detect.dotnetport import code_port
from devenv.detect.manifests import load_json, table
from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed, evidence, line_at
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, ancestors, ancestors_first, depth, join
from devenv.detect.versions import DOTNET, pinned

PROJECT_SUFFIXES = (".csproj", ".fsproj")
# global.json only pins the SDK: a build without it restores and compiles alike.
SOLUTION_FILES = frozenset(
    {
        "Directory.Packages.props",
        "Directory.Build.props",
        "NuGet.config",
        "nuget.config",
    }
)
_PACKAGE = re.compile(r"<(?:Global)?PackageReference\s+Include\s*=\s*\"([^\"]+)\"", re.IGNORECASE)
_TARGET = re.compile(r"<TargetFrameworks?>\s*([^<]+)</TargetFrameworks?>")
_TEST_MARKERS = re.compile(
    r"Microsoft\.NET\.Test\.Sdk|<IsTestProject>\s*true|\"(?:xunit|NUnit|MSTest\.TestFramework)\"",
    re.IGNORECASE,
)
# BenchmarkDotNet's console runners measure the code; they serve nothing.
_BENCHMARK = re.compile(r"<PackageReference\s+Include\s*=\s*\"BenchmarkDotNet\"", re.IGNORECASE)
# EF Core's and ADO.NET's SQLite providers: with one referenced, a SQLite file is the default
# unless appsettings.json points a connection string at a server.
EMBEDDED = frozenset(
    {"microsoft.entityframeworkcore.sqlite", "microsoft.data.sqlite", "system.data.sqlite"}
)
_SQLITE_CONNECTION = re.compile(
    r"^\s*(?:Data\s*Source|Filename)\s*=\s*[^;]*\.(?:db|sqlite3?)\b", re.IGNORECASE
)
# Words in a console project's folder that make it a developer's tool or a one-off job.
_TOOL_WORDS = frozenset(
    {"tool", "tools", "cli", "migrator", "migrations", "packer", "generate", "generator", "seeder"}
    | {"setup", "installer"}  # bitwarden's util/Setup writes a self-hosted install's config
    | {"client", "clients"}  # FeedR's src/Clients/Console calls the web projects' APIs
    | {"updater"}  # oqtane's Oqtane.Updater swaps an install's files for a new version's
    | {"docs", "doc"}  # osu-server-spectator's PublicAPIDocs generates the API's docfx site
)
# A name part that calls the project a test suite of a kind: Foo.E2ETests, Bar.IntegrationTests.
_TEST_PART = re.compile(r"(?:e2e|unit|integration|functional|acceptance|end2end)?tests?")
_CLI_PACKAGES = re.compile(
    r"Include\s*=\s*\"(?:Spectre\.Console\.Cli|System\.CommandLine|CommandLineParser|"
    r"McMaster\.Extensions\.CommandLineUtils|CommandDotNet|Cocona|CliFx)\"",
    re.IGNORECASE,
)
_WINDOWS_ONLY = re.compile(
    r"<RuntimeIdentifiers?>\s*win-[\w-]+\s*<|<TargetFrameworks?>\s*net4\d+\s*<", re.IGNORECASE
)
_WEB = re.compile(r"Sdk\s*=\s*\"Microsoft\.NET\.Sdk\.Web\"")
_LIBRARY_OUTPUT = re.compile(r"<OutputType>\s*Library\s*</OutputType>", re.IGNORECASE)
_REFERENCE = re.compile(r"<ProjectReference\s+Include\s*=\s*\"([^\"]+)\"", re.IGNORECASE)
# What a project packs as, in the order NuGet takes them (the file name is the last resort).
_PACKAGE_IDS = ("PackageId", "AssemblyName")
_URL_PORT = re.compile(r"http://[^:;\"/]+:(\d{2,5})")
# A Dockerfile's ENV: `ASPNETCORE_HTTP_PORTS=7070`, `ASPNETCORE_URLS=http://*:5100`.
_DOCKER_PORT = re.compile(
    r"\bASPNETCORE_(?:HTTP_PORTS|URLS)[= ]\s*(?:http://[^:\s;]+:)?(\d{2,5})\b"
)
_IN_MEMORY_FLAG = re.compile(r"\"UseInMemoryDatabase\"\s*:\s*true", re.IGNORECASE)
# How deep a solution's projects are looked for (the files are read to MAX_DEPTH).
SOLUTION_DEPTH = 5


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return any(name.endswith(PROJECT_SUFFIXES) for name in tree.names(folder))


def deep_project(tree: RepoTree, folder: str) -> bool:
    """A project below a solution file, however deep: solutions group their projects by
    area (src/Services/Catalog/Catalog.API), and the app builds from the solution's folder."""
    if depth(folder) > SOLUTION_DEPTH or not is_candidate(tree, folder):
        return False
    return any(n.endswith((".sln", ".slnx")) for a in ancestors(folder) for n in tree.names(a))


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    name = next(n for n in tree.names(folder) if n.endswith(PROJECT_SUFFIXES))
    manifest = join(folder, name)
    text = tree.text(manifest) or ""
    deps = [
        d
        for path in _referenced(tree, manifest) + _imported_props(tree, folder)
        for d in packages(tree.text(path) or "", path)
    ]
    finding = AppFinding(
        path=folder,
        language=Choice("dotnet", (manifest,)),
        manifest=manifest,
        version=_version(tree, folder, text, manifest),
        package_manager=Choice("dotnet", (manifest,)),
        services=(
            *services_for("dotnet", deps),
            *_through_dapr(tree, deps),
            *mail_catcher(tree, folder),
        ),
    )
    # An Sdk.Web project built as a library is hosted by the program that references it
    # (Prowlarr.Host under Prowlarr.Console); that program serves ASP.NET Core.
    web = _WEB.search(text) and not _LIBRARY_OUTPUT.search(text)
    exe = re.search(
        r"<OutputType>\s*(?:Win)?Exe\s*</OutputType>|Sdk\s*=\s*\"Microsoft\.NET\.Sdk\.Worker\"",
        text,
        re.IGNORECASE,
    )
    # A project named for tests (Foo.Tests, Prowlarr.Test.Dummy: a test's helper process;
    # AliasVault.E2ETests.Client.Server: the web host an end-to-end suite drives).
    named = {part.lower() for part in PurePosixPath(name).stem.split(".")[1:]}
    if _TEST_MARKERS.search(text) or any(_TEST_PART.fullmatch(part) for part in named):
        note = f"{folder}: {name} is a test project, not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    if _BENCHMARK.search(text):
        note = f"{folder}: {name} runs benchmarks, not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    if is_app_host(text):
        note = f"{folder}: {name} is an Aspire app host (it starts the others), not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    # WPF, Windows Forms, MAUI; an old-style project says so by its Windows-only output type.
    if re.search(r"<Use(?:Maui|WPF|WindowsForms)>\s*true|<OutputType>\s*WinExe\b", text, re.I):
        note = f"{folder}: {name} is a desktop or mobile app, not a server"
        return replace(finding, runnable=False, services=(), notes=(note,))
    # Built for Windows alone (a win-x64 runtime, or .NET Framework's net48): beszel's
    # LibreHardwareMonitor bridge, which its Windows agent ships; no Linux image runs it.
    if windows := _WINDOWS_ONLY.search(text):
        note = (
            f"{folder}: {name} is built for Windows only ({windows.group(0).strip()}), not an app"
        )
        return replace(finding, runnable=False, services=(), notes=(note,))
    if not (web or exe):
        note = f"{folder}: {name} is a library (neither Sdk.Web nor OutputType Exe), not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    if web and (host := _referencing_web_project(tree, manifest)):
        note = f"{folder}: {name} is a part (areas, views) of the web project {host}, which "
        note += "references it, not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    root = _solution_root(tree, _build_root(folder, text))
    if not web and _console_tool(folder, text) and (site := _web_project(tree, root)):
        note = f"{folder}: {name} is a console program beside the web project {site} (a tool "
        note += "or one-off job), not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    assembly = re.search(r"<AssemblyName>\s*([^<\s]+)\s*</AssemblyName>", text)
    dll = f"{assembly.group(1) if assembly else PurePosixPath(name).stem}.dll"
    framework = Choice("aspnet", (f"{manifest} Microsoft.NET.Sdk.Web",)) if web else None
    if not web and (hosted := _hosted_web_library(tree, manifest)):
        web, framework = True, Choice("aspnet", (f"{manifest} hosts the web library {hosted}",))
    if root != folder:
        # Its image must hold the projects it references: it builds from their common folder.
        relative = folder if root == "." else folder[len(root) + 1 :]
        why = f"{manifest} builds with the solution's files in {root}"
        finding = replace(finding, path=root, main_package=Choice(f"./{relative}", (why,)))
    return replace(
        finding,
        framework=framework or Choice("none", (f"{manifest} OutputType Exe",)),
        port=_port(tree, folder, manifest) if web else None,
        prod_command=Choice(["dotnet", dll], (f"{manifest}: the published {dll}",)),
        strength=3 if web else 2,
    )


def _console_tool(folder: str, text: str) -> bool:
    """A plain Microsoft.NET.Sdk Exe that hosts nothing (no Worker SDK, no generic host) and
    that its folder's name or a command-line package calls a tool: a migrator, a generator, a
    packer, a CLI."""
    if re.search(r"Microsoft\.NET\.Sdk\.Worker|\"Microsoft\.Extensions\.Hosting\"", text):
        return False
    words = {w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", folder)}
    return bool(words & _TOOL_WORDS) or bool(_CLI_PACKAGES.search(text))


def _web_project(tree: RepoTree, root: str) -> str | None:
    """An Sdk.Web project in the solution under `root`, if there is one."""
    prefix = "" if root == "." else root + "/"
    projects = [p for p in sorted(tree.paths) if p.startswith(prefix)]
    projects = [p for p in projects if p.endswith(PROJECT_SUFFIXES)]
    return next((p for p in projects if _WEB.search(tree.text(p) or "")), None)


def _imported_props(tree: RepoTree, folder: str) -> list[str]:
    """Directory.Build.props and Directory.Packages.props above the project: MSBuild imports
    them into every project below, with the PackageReference items they hold (a
    GlobalPackageReference too); PackageVersion items only pin versions and match nothing."""
    names = ("Directory.Build.props", "Directory.Packages.props")
    paths = [p for name in names for p in ancestors_first(folder, name)]
    return [p for p in paths if tree.exists(p)]


def _solution_root(tree: RepoTree, folder: str) -> str:
    """The topmost folder above that holds solution-wide files (a .sln or .slnx, central
    package versions): restore needs them, so the image builds from there."""
    found = folder
    for above in ancestors(folder):
        if any(n.endswith((".sln", ".slnx")) or n in SOLUTION_FILES for n in tree.names(above)):
            found = above
    return found


def _build_root(folder: str, text: str) -> str:
    """The deepest folder holding this project and every project it references."""
    root = PurePosixPath(folder)
    for include in _REFERENCE.findall(text):
        parts: list[str] = list(PurePosixPath(folder).parts) if folder != "." else []
        for part in PurePosixPath(include.replace("\\", "/")).parent.parts:
            if part == "..":
                if not parts:
                    return folder  # outside the repository: nothing devenv can build
                parts.pop()
            elif part != ".":
                parts.append(part)
        target = PurePosixPath(*parts) if parts else PurePosixPath(".")
        while root != PurePosixPath(".") and not (target == root or root in target.parents):
            root = root.parent
    return str(root)


def _referenced(tree: RepoTree, manifest: str) -> list[str]:
    """The project and every project it references, transitively: their packages are its own
    (an EventBusRabbitMQ library brings RabbitMQ to each service that references it)."""
    found: list[str] = []
    pending = [manifest]
    local = _local_packages(tree)
    while pending and len(found) < 100:
        path = pending.pop(0)
        if path in found or not tree.exists(path):
            continue
        found.append(path)
        pending += _references(tree, path)
        pending += [local[d.name] for d in packages(tree.text(path) or "", path) if d.name in local]
    return found


def _local_packages(tree: RepoTree) -> dict[str, str]:
    """The repository's own projects by the package id they pack as: a service may take its
    messaging library as a PackageReference to that id (pitstop's Pitstop.Infrastructure.
    Messaging, which brings RabbitMQ) instead of a ProjectReference."""
    found: dict[str, str] = {}
    for path, text in tree.texts.items():
        if path.endswith(PROJECT_SUFFIXES):
            ids = (re.search(rf"<{tag}>\s*([^<\s]+)\s*<", text) for tag in _PACKAGE_IDS)
            named = next((m.group(1) for m in ids if m), PurePosixPath(path).stem)
            found[named.lower()] = path
    return found


def _through_dapr(tree: RepoTree, deps: list[Dependency]) -> list[ServiceNeed]:
    """A Dapr client's services are its components' stores, not packages of its own."""
    return component_services(tree) if any(is_dapr_client(d) for d in deps) else []


def _references(tree: RepoTree, path: str) -> list[str]:
    """The projects one project references directly, as paths in the tree."""
    folder = PurePosixPath(path).parent
    found = []
    for include in _REFERENCE.findall(tree.text(path) or ""):
        parts: list[str] = []
        for part in (*folder.parts, *PurePosixPath(include.replace("\\", "/")).parts):
            if part == "..":
                if parts:
                    parts.pop()
            elif part not in (".", ""):
                parts.append(part)
        found.append("/".join(parts))
    return found


def _hosted_web_library(tree: RepoTree, manifest: str) -> str | None:
    """An Sdk.Web project of OutputType Library among those this program references."""
    for path in _referenced(tree, manifest)[1:]:
        text = tree.text(path) or ""
        if _WEB.search(text) and _LIBRARY_OUTPUT.search(text):
            return path
    return None


def _referencing_web_project(tree: RepoTree, manifest: str) -> str | None:
    """Another web project that references this one: a web project built into a host (an
    admin area with its own launchSettings for working on it alone) runs inside that host.
    A test project references what it tests; it hosts nothing."""
    for path, text in tree.texts.items():
        if path == manifest or not path.endswith(PROJECT_SUFFIXES) or not _WEB.search(text):
            continue
        if not _TEST_MARKERS.search(text) and manifest in _references(tree, path):
            return path
    return None


def embedded(tree: RepoTree, app: AppFinding) -> str | None:
    """A SQLite provider among the project's packages, when the appsettings.json files of the
    project and of those it references (a data project's, for EF Core's design-time tools)
    give connection strings that name no server (none at all, or only SQLite files)."""
    projects = _referenced(tree, app.manifest)
    deps = [d for p in projects for d in packages(tree.text(p) or "", p)]
    if in_memory := _in_memory(tree, projects, deps):
        return in_memory
    sqlite = next((d for d in deps if d.name in EMBEDDED), None)
    if sqlite is None:
        return None
    for project in projects:
        path = join(str(PurePosixPath(project).parent), "appsettings.json")
        data, _ = load_json(tree.text(path))
        strings = [v for v in table(data, "ConnectionStrings").values() if isinstance(v, str)]
        # An empty string names nothing: an installer fills it (oqtane's DefaultConnection).
        if any(v.strip() and not _SQLITE_CONNECTION.match(v) for v in strings):
            return None
    return f"{sqlite.evidence}"


def _in_memory(tree: RepoTree, projects: list[str], deps: list[Dependency]) -> str | None:
    """EF Core's in-memory provider, switched on by an appsettings.json flag
    (`"UseInMemoryDatabase": true`, asc-lab's ProductService beside its SqlServer provider):
    development runs without a database server."""
    if not any(d.name == "microsoft.entityframeworkcore.inmemory" for d in deps):
        return None
    for project in projects:
        path = join(str(PurePosixPath(project).parent), "appsettings.json")
        text = tree.text(path) or ""
        if match := _IN_MEMORY_FLAG.search(text):
            return evidence(path, text, match)
    return None


def packages(text: str, path: str) -> list[Dependency]:
    return [
        Dependency(m.group(1).lower(), path, line_at(text, m.start()), m.group(1))
        for m in _PACKAGE.finditer(text)
    ]


def _version(tree: RepoTree, folder: str, text: str, manifest: str) -> Choice[str]:
    """The target framework (net8.0 runs on the 8.0 images); global.json pins the SDK."""
    for path in ancestors_first(folder, "global.json"):
        data, _ = load_json(tree.text(path))
        sdk = table(data, "sdk").get("version")
        if isinstance(sdk, str) and (found := pinned(DOTNET, sdk, f"{path} sdk")):
            return found
    match = _TARGET.search(text)
    if match:
        versions = re.findall(r"net(\d+\.\d+)", match.group(1))
        if versions:
            newest = max(versions, key=lambda v: tuple(int(p) for p in v.split(".")))
            line = line_at(text, match.start())
            found = pinned(DOTNET, newest, f"{manifest}:{line} TargetFramework")
            if found:
                return found
    return Choice(DOTNET.default, ("no target framework found; devenv's default",))


def _port(tree: RepoTree, folder: str, manifest: str) -> Choice[int]:
    """launchSettings.json's http applicationUrl, the project's image, the default of a
    configuration class in it or a project it references, else the images' 8080."""
    path = join(folder, "Properties/launchSettings.json")
    data, _ = load_json(tree.text(path))
    for profile in table(data, "profiles").values():
        url = profile.get("applicationUrl") if isinstance(profile, dict) else None
        match = _URL_PORT.search(url) if isinstance(url, str) else None
        if match and 0 < int(match.group(1)) < 65536:
            return Choice(int(match.group(1)), (f"{path} applicationUrl {match.group(0)}",))
    # The project's own image sets the port the same way outside launchSettings.
    dockerfile = join(folder, "Dockerfile")
    text = tree.text(dockerfile) or ""
    if (env := _DOCKER_PORT.search(text)) and 0 < int(env.group(1)) < 65536:
        return Choice(int(env.group(1)), (evidence(dockerfile, text, env),))
    if found := code_port(tree, _referenced(tree, manifest)):
        return found
    return Choice(8080, ("ASP.NET Core's port in containers since .NET 8",))
