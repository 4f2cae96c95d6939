"""Detect a Ruby app: Bundler's Gemfile, Rails, Hanami, Sinatra or Rack, the Ruby version and
services.

A Gemfile that only serves a gem (`gemspec`), or one with no framework and no config.ru to
serve, is a note, not an app.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from devenv.detect.configfiles import env_files
from devenv.detect.model import AppFinding, Choice, Command, Dependency, evidence, line_at, where
from devenv.detect.procfile import (
    PORT,
    apply_procfile,
    foreman_port,
    started_web_port,
    variable_port,
)
from devenv.detect.rubyservices import MANIFEST, chosen_services, gems
from devenv.detect.tree import RepoTree, join
from devenv.detect.versions import RUBY, choose, pinned, tool_versions_pinned

_GEMSPEC = re.compile(r"^\s*gemspec\b", re.MULTILINE)
_ADD_DEPENDENCY = re.compile(
    r"^\s*\w+\.add_(?:runtime_)?dependency\s*\(?\s*[\"']([\w.-]+)[\"']", re.MULTILINE
)
_RUBY_LINE = re.compile(r"^\s*ruby\s*\(?\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_LOCKED_RUBY = re.compile(r"^RUBY VERSION\s*\n\s*ruby\s+(\d[\w.]*)", re.MULTILINE)
_REQUIRE_SINATRA = re.compile(r"^\s*require\s*\(?\s*[\"']sinatra(?:/base)?[\"']", re.MULTILINE)
_ENTRY_FILES = ("app.rb", "main.rb", "server.rb", "web.rb")
# Puma's port where config/puma.rb gives PORT a default other than Rails' 3000:
# `port ENV.fetch("PORT", 3000)`, `bind "tcp://0.0.0.0:#{ENV.fetch("PORT") { "8000" }}"`.
_PUMA_PORT = re.compile(
    r"ENV\.fetch\(\s*[\"']PORT[\"']\s*(?:,\s*[\"']?(\d{2,5})|\)\s*\{\s*[\"']?(\d{2,5}))"
)
# Rails' bin/dev giving foreman's PORT a default (`export PORT="${PORT:-3214}"`), or
# setting it outright on a line of its own before `export PORT` (`PORT=3006`).
_BIN_DEV_PORT = re.compile(
    r"\bPORT=[\"']?\$\{PORT:-(\d{2,5})\}|^[ \t]*(?:export[ \t]+)?PORT=[\"']?(\d{2,5})[\"']?[ \t]*$",
    re.MULTILINE,
)
# Background job runners that come as gems: they become processes, as Celery does for Python.
_WORKERS = (
    ("sidekiq", "sidekiq", "bundle exec sidekiq"),
    ("good_job", "good_job", "bundle exec good_job start"),
    ("resque", "resque", "bundle exec rake resque:work QUEUE=*"),
)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, MANIFEST))


def _gemspec_gems(tree: RepoTree, folder: str, gemfile: str) -> list[Dependency]:
    """The runtime gems of the folder's .gemspec, where the Gemfile loads it (`gemspec`, or
    `Gem::Specification.load` and its runtime_dependencies): an app shipped as a gem too."""
    if not (_GEMSPEC.search(gemfile) or ".gemspec" in gemfile):
        return []
    found = []
    for name in tree.names(folder):
        if name.endswith(".gemspec"):
            path = join(folder, name)
            spec = tree.text(path) or ""
            found += [
                Dependency(m.group(1).lower(), path, line_at(spec, m.start()), m.group(0))
                for m in _ADD_DEPENDENCY.finditer(spec)
            ]
    return found


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest = join(folder, MANIFEST)
    text = tree.text(manifest) or ""
    deps = gems(text, manifest) + _gemspec_gems(tree, folder, text)
    names = {d.name for d in deps}
    finding = AppFinding(
        path=folder,
        language=Choice("ruby", (f"{manifest} (Bundler)",)),
        manifest=manifest,
        package_manager=Choice("bundler", (manifest,)),
    )
    finding = _framework(tree, folder, finding, names, manifest)
    procfile = join(folder, "Procfile")
    finding = apply_procfile(finding, tree.text(procfile), procfile)
    if finding.strength == 0 or not finding.runnable:
        if _GEMSPEC.search(text):
            reason = f"{folder}: {manifest} builds a gem (gemspec), a library, not an app"
        else:
            reason = f"{folder}: {manifest} without Rails, Sinatra or a config.ru to serve"
        return replace(finding, runnable=False, notes=(*finding.notes, reason))
    services, notes = chosen_services(tree, folder, finding.framework.value, text, deps)
    return replace(
        finding,
        version=_version(tree, folder, text, manifest),
        processes=(*finding.processes, *_workers(finding, deps)),
        services=tuple(services),
        notes=(*finding.notes, *notes),
    )


def _framework(
    tree: RepoTree, folder: str, finding: AppFinding, names: set[str], manifest: str
) -> AppFinding:
    rackup = join(folder, "config.ru")
    has_rackup = tree.exists(rackup)
    if names & {"rails", "railties"} and tree.exists(join(folder, "config/application.rb")):
        why = (f"{manifest} rails, and config/application.rb",)
        finding = replace(
            finding, framework=Choice("rails", why), port=_puma_port(tree, folder, why)
        )
        if not tree.exists(join(folder, "bin/rails")):  # apps from before Rails 4
            command = f"bundle exec rails server -b 0.0.0.0 -p {PORT}"
            finding = replace(finding, command=Choice(command, (f"{folder}: no bin/rails",)))
        return replace(finding, strength=3)
    if "hanami" in names and has_rackup:
        why = (f"{manifest} hanami, and config.ru",)
        port = Choice(2300, (*why, "Hanami's own port"))
        return replace(finding, framework=Choice("hanami", why), port=port, strength=3)
    if "sinatra" in names:
        why = (f"{manifest} sinatra",)
        finding = replace(finding, framework=Choice("sinatra", why), strength=3)
        if not has_rackup:
            return _sinatra_script(tree, folder, finding, "rerun" in names)
    elif has_rackup:
        why = (f"{rackup}, served by rackup",)
        finding = replace(finding, framework=Choice("rack", why), strength=2)
    else:
        return finding
    finding = replace(finding, port=Choice(9292, (f"{rackup}: rackup's port",)))
    if "rerun" in names:  # restarts the server when a file changes
        command = f"bundle exec rerun -- rackup --host 0.0.0.0 --port {PORT}"
        finding = replace(finding, command=Choice(command, (f"{manifest} rerun",)))
    return finding


def _puma_port(tree: RepoTree, folder: str, why: tuple[str, ...]) -> Choice[int]:
    """bin/dev's PORT default (it starts Procfile.dev), else config/puma.rb's, else 3000."""
    script = join(folder, "bin/dev")
    if flagged := started_web_port(tree.text(script), folder, tree.text):
        return flagged
    found = _BIN_DEV_PORT.search(tree.text(script) or "")
    if found:
        port = int(found.group(1) or found.group(2))
        return Choice(port, (f"{script}: {found.group(0).strip()}",))
    foreman = variable_port(script, folder, tree.text) or foreman_port(
        tree.text(script), folder, tree.text, env_files(tree, folder)
    )
    if foreman:
        return foreman
    path = join(folder, "config/puma.rb")
    text = tree.text(path) or ""
    match = _PUMA_PORT.search(text)
    if match is None:
        return Choice(3000, why)
    return Choice(int(match.group(1) or match.group(2)), (evidence(path, text, match),))


def _sinatra_script(tree: RepoTree, folder: str, finding: AppFinding, rerun: bool) -> AppFinding:
    """A classic Sinatra app without config.ru: `ruby app.rb` serves it on 4567."""
    for name in _ENTRY_FILES:
        path = join(folder, name)
        text = tree.text(path) or ""
        match = _REQUIRE_SINATRA.search(text)
        if match:
            why = (f"{where(path, line_at(text, match.start()))} require sinatra",)
            command = f"ruby {name} -o 0.0.0.0 -p {PORT}"
            # rerun restarts the script when a file changes; Sinatra alone does not reload.
            dev: Command = f"bundle exec {'rerun -- ' if rerun else ''}{command}"
            return replace(
                finding,
                command=Choice(dev, why),
                prod_command=Choice(f"bundle exec {command}", why),
                port=Choice(4567, (*why, "Sinatra's own port")),
            )
    note = f"{folder}: a Sinatra app without config.ru or app.rb; set `command:` to start it"
    return replace(finding, runnable=False, notes=(*finding.notes, note))


def _version(tree: RepoTree, folder: str, gemfile: str, manifest: str) -> Choice[str]:
    path = join(folder, ".ruby-version")
    text = (tree.text(path) or "").strip()
    if text:
        found = pinned(RUBY, text.removeprefix("ruby-"), path)
        if found:
            return found
    tool_versions = join(folder, ".tool-versions")
    found = tool_versions_pinned(RUBY, tree.text(tool_versions) or "", tool_versions, "ruby")
    if found:
        return found
    match = _RUBY_LINE.search(gemfile)
    if match:
        line = line_at(gemfile, match.start())
        source = f"{where(manifest, line)} ruby {match.group(1)}"
        # Bundler's `~>` (pessimistic) reads like PEP 440's `~=`.
        constraint = match.group(1).replace("~>", "~=")
        found = pinned(RUBY, constraint, source) or choose(RUBY, constraint, source)
        if found:
            return found
    lock = join(folder, "Gemfile.lock")
    locked = _LOCKED_RUBY.search(tree.text(lock) or "")
    if locked:
        found = pinned(RUBY, locked.group(1), f"{lock} RUBY VERSION")
        if found:
            return found
    return Choice(RUBY.default, ("no Ruby version in the repository; devenv's default",))


def _workers(finding: AppFinding, deps: list[Dependency]) -> list[tuple[str, Choice[Command]]]:
    taken = {name for name, _ in finding.processes}
    commands = " ".join(str(c.value) for _, c in finding.processes)
    found: list[tuple[str, Choice[Command]]] = []
    for gem, name, command in _WORKERS:
        dep = next((d for d in deps if d.name == gem), None)
        if dep and name not in taken and gem not in commands:
            found.append((name, Choice(command, (dep.evidence,))))
    return found
