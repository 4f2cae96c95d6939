"""Detect a PHP app: Composer's manifest, Laravel or Symfony, the PHP version and services.

A Composer package that is a library (an explicit non-project `type`, or no front controller
or framework to serve) is a note, not an app.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from devenv.detect.devcontainer import devcontainer_port
from devenv.detect.manifests import line_with, load_json, table
from devenv.detect.model import AppFinding, Choice, Command, Dependency, where
from devenv.detect.phpservices import chosen_services, env_settings
from devenv.detect.procfile import PORT, apply_procfile
from devenv.detect.tree import RepoTree, ancestors, join
from devenv.detect.versions import PHP, choose, pinned, tool_versions_pinned

MANIFEST = "composer.json"
# Front controllers a web server would serve, with the document root they imply.
# CakePHP's document root is webroot/.
_FRONT_CONTROLLERS = (
    ("public/index.php", "public"),
    ("web/index.php", "web"),
    ("webroot/index.php", "webroot"),
    ("index.php", "."),
)
# Symfony's front controller: public/ since Symfony 4, web/ in the older layout.
_SYMFONY_ROOTS = _FRONT_CONTROLLERS[:2]
# The consoles frameworks install beside their front controller: Symfony's, Laravel's artisan,
# CakePHP's bin/cake.
_CONSOLES = ("bin/console", "artisan", "bin/cake")
_APP_TYPES = ("project", "")
# What makes a Composer project a Symfony app: the bundle itself, or Flex, Symfony's project
# plugin, when a distribution (sylius/sylius) brings the bundle in without naming it, or
# the Runtime component its front controller boots the kernel with (pimcore/skeleton), or
# symfony/symfony, the whole framework in one package that Symfony 2 to 4 projects required.
_SYMFONY_MARKS = ("symfony/framework-bundle", "symfony/flex", "symfony/runtime", "symfony/symfony")
_QUEUE_IDLE = ("", "sync", "null")


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, MANIFEST))


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest = join(folder, MANIFEST)
    text = tree.text(manifest) or ""
    data, problem = load_json(text)
    finding = AppFinding(
        path=folder,
        language=Choice("php", (f"{manifest} (Composer)",)),
        manifest=manifest,
        package_manager=Choice("composer", (manifest,)),
    )
    if problem:
        note = f"{manifest}: {problem}; read as a PHP app without dependencies"
        finding = replace(finding, notes=(note,))
    kind = data.get("type", "")
    if (not isinstance(kind, str) or kind not in _APP_TYPES) and not _serves_itself(tree, folder):
        note = f"{folder}: a Composer package of type `{kind}`, not an app"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    deps = dependencies(text, data, manifest)
    deps += _path_package_dependencies(tree, folder, data, {d.name for d in deps})
    names = {d.name for d in deps}
    project = kind == "project" and not data.get("bin")
    finding = _framework(tree, folder, finding, names, manifest, project)
    procfile = join(folder, "Procfile")
    finding = apply_procfile(finding, tree.text(procfile), procfile)
    if finding.strength == 0:  # neither a framework, a front controller nor a Procfile
        note = f"{folder}: {MANIFEST} without a front controller or framework (a library)"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    env = env_settings(tree, folder, laravel=finding.framework.value == "laravel")
    services, notes = chosen_services(tree, folder, finding.framework.value, deps, env)
    return replace(
        finding,
        version=_version(tree, folder, data, text, manifest),
        port=finding.port
        or devcontainer_port(tree, folder)
        or Choice(8000, ("the usual port of `php -S` and `artisan serve`",)),
        processes=(*finding.processes, *_workers(finding, names, env, manifest)),
        services=tuple(services),
        notes=(*finding.notes, *notes),
    )


def dependencies(text: str, data: dict[str, Any], path: str) -> list[Dependency]:
    """`require` and `require-dev` of composer.json, platform entries (ext-*) included."""
    found = []
    for section in ("require", "require-dev"):
        for name, constraint in list(table(data, section).items())[:300]:
            line = line_with(text, f'"{name}"')
            found.append(Dependency(name.lower(), path, line, f"{name} {constraint}"))
    return found


def _path_package_dependencies(
    tree: RepoTree, folder: str, data: dict[str, Any], required: set[str]
) -> list[Dependency]:
    """The `require` of packages the project requires from its own folders (a `path`
    repository, `{"type": "path", "url": "app"}`): Composer installs them with the project,
    so their framework and clients are the app's (mautic/core-lib brings Symfony)."""
    repositories = data.get("repositories")
    found: list[Dependency] = []
    for repository in repositories if isinstance(repositories, list) else ():
        url = repository.get("url") if isinstance(repository, dict) else None
        if repository.get("type") != "path" or not isinstance(url, str):
            continue
        relative = posixpath.normpath(url)
        if relative.startswith(("..", "/")) or relative == "." or "*" in relative:
            continue  # outside the repository, the project itself, or a glob of packages
        manifest = join(folder, join(relative, MANIFEST))
        text = tree.text(manifest)
        package, _ = load_json(text)
        name = package.get("name")
        if text and isinstance(name, str) and name.lower() in required:
            found += dependencies(text, package, manifest)
    return found


def _framework(
    tree: RepoTree, folder: str, finding: AppFinding, names: set[str], manifest: str, project: bool
) -> AppFinding:
    if "laravel/framework" in names and tree.exists(join(folder, "artisan")):
        why = (f"{manifest} laravel/framework, and artisan",)
        return replace(finding, framework=Choice("laravel", why), strength=3)
    marks = [m for m in _SYMFONY_MARKS if m in names]
    roots: tuple[tuple[str, str], ...] = _SYMFONY_ROOTS
    # A Symfony kernel served from the project's root: Mautic's index.php beside the console
    # the framework installs; robot-shop's ratings, with no console, beside the Kernel class
    # every Symfony app keeps (src/Kernel.php).
    kernel = "symfony/framework-bundle" in names and tree.exists(join(folder, "src/Kernel.php"))
    if tree.exists(join(folder, "bin/console")) or kernel:
        roots = (*roots, ("index.php", "."))
    for controller, root in roots if marks else ():
        if tree.exists(join(folder, controller)):
            why = (f"{manifest} {marks[0]}, and {controller}",)
            finding = replace(finding, framework=Choice("symfony", why), strength=3)
            if root != "public":  # the framework's convention serves public/
                command: Command = f"php -S 0.0.0.0:{PORT}" + (f" -t {root}" if root != "." else "")
                finding = replace(finding, command=Choice(command, why))
            return finding
    for controller, root in _FRONT_CONTROLLERS:
        path = join(folder, controller)
        if tree.exists(path):
            command = f"php -S 0.0.0.0:{PORT}" + (f" -t {root}" if root != "." else "")
            why = (f"{path}, served by PHP's built-in server",)
            return replace(finding, command=Choice(command, why), strength=2)
    scripts = [n for n in tree.names(folder) if n.endswith(".php")]
    nested = any(tree.exists(join(a, MANIFEST)) for a in ancestors(folder))
    if project and scripts and not nested:
        # An application served from its folder through rewrite rules (yourls-loader.php):
        # Composer names it a project, and it installs no command (`bin`). Below another
        # Composer project, such a folder holds that one's libraries (lib/).
        why = (f"{manifest} type project, and {scripts[0]}",)
        command = f"php -S 0.0.0.0:{PORT}"
        return replace(finding, command=Choice(command, why), strength=2)
    return finding


def _version(
    tree: RepoTree, folder: str, data: dict[str, Any], text: str, manifest: str
) -> Choice[str]:
    platform = table(data, "config", "platform").get("php")
    if isinstance(platform, str):
        found = pinned(PHP, platform, f"{manifest} config.platform.php")
        if found:
            return found
    tool_versions = join(folder, ".tool-versions")
    found = tool_versions_pinned(PHP, tree.text(tool_versions) or "", tool_versions, "php")
    if found:
        return found
    constraint = table(data, "require").get("php")
    if isinstance(constraint, str):
        line = line_with(text, '"php"')
        source = f"{where(manifest, line)} require.php {constraint}"
        # Composer writes "or" as | or ||.
        found = choose(PHP, constraint.replace("||", "|").replace("|", "||"), source)
        if found:
            return found
    return Choice(PHP.default, ("no PHP version in composer.json; devenv's default",))


def _serves_itself(tree: RepoTree, folder: str) -> bool:
    """A package (a CMS's core, an app Composer types `application`) that its developers run
    as the app it is: a front controller in a document root beside a framework's console."""
    served = any(tree.exists(join(folder, front)) for front, _ in _FRONT_CONTROLLERS[:3])
    return served and any(tree.exists(join(folder, console)) for console in _CONSOLES)


def _workers(
    finding: AppFinding, names: set[str], env: dict[str, tuple[str, str]], manifest: str
) -> list[tuple[str, Choice[Command]]]:
    """Laravel's queue worker (Horizon's when it is installed), as Celery's is for Python."""
    if finding.framework.value != "laravel" or any(n == "queue" for n, _ in finding.processes):
        return []
    if "laravel/horizon" in names:
        return [("horizon", Choice("php artisan horizon", (f"{manifest} laravel/horizon",)))]
    value, why = env.get("QUEUE_CONNECTION", ("", ""))
    if value in _QUEUE_IDLE:
        return []
    return [("queue", Choice("php artisan queue:work", (f"{why}={value}",)))]
