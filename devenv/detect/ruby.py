"""Detect a Ruby app: Bundler's Gemfile, Rails, Hanami, Sinatra or Rack, the Ruby version and
services.

A Gemfile that only serves a gem (`gemspec`), or one with no framework and no config.ru to
serve, is a note, not an app.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from devenv.detect.composed import compose_services
from devenv.detect.configfiles import env_files
from devenv.detect.model import AppFinding, Choice, Command, Dependency, ServiceNeed, where
from devenv.detect.procfile import PORT, apply_procfile, foreman_port
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, join
from devenv.detect.versions import RUBY, choose, pinned, tool_versions_pinned

MANIFEST = "Gemfile"
_GEM = re.compile(r"^\s*gem\s*\(?\s*[\"']([\w.-]+)[\"']", re.MULTILINE)
_GEMSPEC = re.compile(r"^\s*gemspec\b", re.MULTILINE)
_ADD_DEPENDENCY = re.compile(
    r"^\s*\w+\.add_(?:runtime_)?dependency\s*\(?\s*[\"']([\w.-]+)[\"']", re.MULTILINE
)
_RUBY_LINE = re.compile(r"^\s*ruby\s*\(?\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_LOCKED_RUBY = re.compile(r"^RUBY VERSION\s*\n\s*ruby\s+(\d[\w.]*)", re.MULTILINE)
_REQUIRE_SINATRA = re.compile(r"^\s*require\s*\(?\s*[\"']sinatra(?:/base)?[\"']", re.MULTILINE)
_ADAPTER = re.compile(r"^\s*adapter:\s*[\"']?(\w+)", re.MULTILINE)
_ADAPTERS = {
    "postgresql": "postgres",
    "postgis": "postgres",
    "mysql2": "mysql",
    "trilogy": "mysql",
    "mongodb": "mongo",
}
_ENTRY_FILES = ("app.rb", "main.rb", "server.rb", "web.rb")
# The gems each adapter loads: one that only production's or an optional group installs
# does not choose development's database.
_ADAPTER_GEMS = {"postgresql": "pg", "postgis": "pg", "mysql2": "mysql2", "trilogy": "trilogy"}
# Gemfile blocks: `group :mysql, :production do` ... `end`; other blocks nest inside.
_GROUP = re.compile(r"^\s*group\b(?P<args>[^#\n]*?)\bdo\b")
_BLOCK = re.compile(
    r"^\s*(?:(?:if|unless|case|begin|while)\b|[^#\n]*\bdo\b\s*(?:\|[^|]*\|)?\s*(?:#.*)?$)"
)
_END = re.compile(r"^\s*end\b")
_DEVELOPMENT_GROUPS = {"default", "development", "test"}
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
# Rails' cache store setting, not commented out: `config.cache_store = :memory_store`.
_CACHE_STORE = re.compile(r"^[ \t]*config\.cache_store\s*=\s*\[?\s*:(\w+)", re.MULTILINE)
_MEMCACHED_STORES = ("mem_cache_store", "dalli_store")
# Development's Active Job backend (`config.active_job.queue_adapter = :sidekiq`), not
# commented out nor conditional (docuseal's `... = :sidekiq if defined?(Sidekiq)`); those
# named in _REDIS_QUEUES keep their jobs in Redis.
_DEV_QUEUE = re.compile(
    r"^[ \t]*config\.active_job\.queue_adapter\s*=\s*:(\w+)[ \t]*(?:#.*)?$", re.M
)
_REDIS_QUEUES = frozenset({"sidekiq", "resque"})
# Redis's client gems: on their own they serve a cache or Action Cable, not a job queue.
_REDIS_CLIENTS = frozenset({"redis", "hiredis", "redis-client", "redis-namespace"})
# config/cable.yml's development adapter (`development:` then `  adapter: async`).
_DEV_CABLE = re.compile(r"^development:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+adapter:[ \t]*(\w+)", re.M)
# Background job runners that come as gems: they become processes, as Celery does for Python.
_WORKERS = (
    ("sidekiq", "sidekiq", "bundle exec sidekiq"),
    ("good_job", "good_job", "bundle exec good_job start"),
    ("resque", "resque", "bundle exec rake resque:work QUEUE=*"),
)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, MANIFEST))


def gems(text: str, path: str) -> list[Dependency]:
    return [
        Dependency(m.group(1).lower(), path, text.count("\n", 0, m.start()) + 1, m.group(0).strip())
        for m in _GEM.finditer(text)
    ]


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
                Dependency(m.group(1).lower(), path, spec.count("\n", 0, m.start()) + 1, m.group(0))
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
    optional, production = _not_development_gems(text)
    database = [
        need
        for need in _database_yml(tree, folder)
        if _ADAPTER_GEMS.get(need.why.rsplit(" ", 1)[-1]) not in production
    ]
    kept = [d for d in deps if d.name not in optional | production]
    services = _development_queue(tree, folder) + services_for("ruby", kept) + database
    services += _search_initializer(tree, folder)
    services += mail_catcher(tree, folder)
    notes: list[str] = []
    if finding.framework.value == "rails":
        services, notes = _production_cache(tree, folder, services)
        services, more = _production_redis(tree, folder, services, kept)
        notes += more
    return replace(
        finding,
        version=_version(tree, folder, text, manifest),
        processes=(*finding.processes, *_workers(finding, deps)),
        services=tuple(_dedupe(services)),
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
    found = _BIN_DEV_PORT.search(tree.text(script) or "")
    if found:
        port = int(found.group(1) or found.group(2))
        return Choice(port, (f"{script}: {found.group(0).strip()}",))
    foreman = foreman_port(tree.text(script), folder, tree.text, env_files(tree, folder))
    if foreman:
        return foreman
    path = join(folder, "config/puma.rb")
    text = tree.text(path) or ""
    match = _PUMA_PORT.search(text)
    if match is None:
        return Choice(3000, why)
    line = text.count("\n", 0, match.start()) + 1
    return Choice(int(match.group(1) or match.group(2)), (f"{path}:{line} {match.group(0)}",))


def _sinatra_script(tree: RepoTree, folder: str, finding: AppFinding, rerun: bool) -> AppFinding:
    """A classic Sinatra app without config.ru: `ruby app.rb` serves it on 4567."""
    for name in _ENTRY_FILES:
        path = join(folder, name)
        text = tree.text(path) or ""
        match = _REQUIRE_SINATRA.search(text)
        if match:
            why = (f"{where(path, text.count(chr(10), 0, match.start()) + 1)} require sinatra",)
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
        line = gemfile.count("\n", 0, match.start()) + 1
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


def _not_development_gems(gemfile: str) -> tuple[set[str], set[str]]:
    """Gems of `optional: true` groups, and of groups development does not install
    (`group :mysql, :production`): neither is a service `bundle install` sets up for dev."""
    optional: set[str] = set()
    production: set[str] = set()
    stack: list[str] = []  # per open block: "", "optional" or "production"
    for line in gemfile.splitlines():
        group = _GROUP.match(line)
        if group:
            args = group.group("args")
            names = set(re.findall(r":(\w+)", args)) | set(re.findall(r"[\"'](\w+)[\"']", args))
            if re.search(r"\boptional\s*(?::|=>)\s*true", args):
                stack.append("optional")
            else:
                stack.append("" if names & _DEVELOPMENT_GROUPS else "production")
        elif _END.match(line):
            stack = stack[:-1]
        elif _BLOCK.match(line):
            stack.append("")
        elif gem := _GEM.match(line):
            where = next((kind for kind in reversed(stack) if kind), "")
            if where:
                (optional if where == "optional" else production).add(gem.group(1).lower())
    return optional, production


def embedded(tree: RepoTree, folder: str) -> str | None:
    """SQLite, Rails' default, where the committed config/database.yml names no adapter of
    its own (it reads one per setup through ERB, `database.<adapter>.yml`) and development
    installs the sqlite3 gem: a server adapter's gem beside it is for another setup."""
    text = tree.text(join(folder, "config/database.yml"))
    if text is None:
        text = "" if _sqlite_among_examples(tree, folder) else None
    if text is None or _ADAPTER.search(text):
        return None
    manifest = join(folder, MANIFEST)
    gemfile = tree.text(manifest) or ""
    optional, production = _not_development_gems(gemfile)
    sqlite = next((d for d in gems(gemfile, manifest) if d.name == "sqlite3"), None)
    if sqlite is None or sqlite.name in optional | production:
        return None
    return sqlite.evidence


def _sqlite_among_examples(tree: RepoTree, folder: str) -> bool:
    """No database.yml, but one example per database the developer picks from, named for it
    (`database.yml.mysql`, `.postgresql`, `.sqlite`): with SQLite among them, no server."""
    if tree.exists(join(folder, "config/database.yml.example")):
        return False
    prefix = join(folder, "config/database.yml.")
    kinds = {p[len(prefix) :].lower() for p in tree.paths if p.startswith(prefix)}
    return len(kinds) > 1 and bool(kinds & {"sqlite", "sqlite3"})


def _database_yml(tree: RepoTree, folder: str) -> list[ServiceNeed]:
    # The example a developer copies when database.yml itself is not committed.
    path = join(folder, "config/database.yml")
    if not tree.exists(path):
        path = join(folder, "config/database.yml.example")
    text = tree.text(path) or ""
    for match in _ADAPTER.finditer(text):
        adapter = match.group(1).lower()
        if adapter in _ADAPTERS:
            line = text.count("\n", 0, match.start()) + 1
            return [ServiceNeed(_ADAPTERS[adapter], f"{path}:{line} adapter: {adapter}")]
    return []


# A Rails initializer named for a search engine sets up the app's connection to it, even
# through a plain HTTP client (feedbin's config/initializers/elasticsearch.rb).
_SEARCH_INITIALIZERS = ("elasticsearch", "opensearch")


def _search_initializer(tree: RepoTree, folder: str) -> list[ServiceNeed]:
    for name in _SEARCH_INITIALIZERS:
        path = join(folder, f"config/initializers/{name}.rb")
        if tree.exists(path):
            return [ServiceNeed("elasticsearch", f"{path}, the app's connection to {name}")]
    return []


def _production_cache(
    tree: RepoTree, folder: str, services: list[ServiceNeed]
) -> tuple[list[ServiceNeed], list[str]]:
    """Memcached (dalli) when development caches elsewhere is production's cache: Rails
    generates `config.cache_store = :memory_store` for development, and apps keep it."""
    memcached = next((n for n in services if n.type == "memcached"), None)
    development = join(folder, "config/environments/development.rb")
    text = tree.text(development) or ""
    found = list(_CACHE_STORE.finditer(text))
    stores = [m.group(1) for m in found]
    shared = tree.text(join(folder, "config/application.rb")) or ""
    # application.rb's store is development's too unless development sets its own on every
    # path: outright, or in both arms of Rails' `if tmp/caching-dev.txt` (hitobito).
    everywhere = len(found) > 1 or any(
        len(m.group(0)) - len(m.group(0).lstrip()) <= 2 for m in found
    )
    stores_everywhere = [] if everywhere else [m.group(1) for m in _CACHE_STORE.finditer(shared)]
    if not memcached or not stores or set(stores + stores_everywhere) & set(_MEMCACHED_STORES):
        return services, []
    note = (
        f"{folder}: memcached ({memcached.why}) is an alternative, left out: {development} "
        f"caches in {stores[0]}, memcached is production's; add it with --service memcached"
    )
    return [n for n in services if n is not memcached], [note]


def _production_redis(
    tree: RepoTree, folder: str, services: list[ServiceNeed], deps: list[Dependency]
) -> tuple[list[ServiceNeed], list[str]]:
    """Redis through its client gem alone (no job queue needs it), while development caches
    in memory and Action Cable runs `async` there, and no compose file runs it: production's
    cache and cable."""
    redis = next((n for n in services if n.type == "redis"), None)
    queue = [d for d in deps if d.name not in _REDIS_CLIENTS and _brings_redis(d)]
    development = join(folder, "config/environments/development.rb")
    stores = [m.group(1) for m in _CACHE_STORE.finditer(tree.text(development) or "")]
    shared = tree.text(join(folder, "config/application.rb")) or ""
    stores += [m.group(1) for m in _CACHE_STORE.finditer(shared)]
    cable = _DEV_CABLE.search(tree.text(join(folder, "config/cable.yml")) or "")
    if not redis or queue or not stores or any("redis" in s for s in stores):
        return services, []
    if (cable and "redis" in cable.group(1)) or "redis" in compose_services(tree):
        return services, []  # a compose file running Redis is the developer's setup
    note = (
        f"{folder}: redis ({redis.why}) is an alternative, left out: {development} caches in "
        f"{stores[0]}, Redis is production's cache; add it with --service redis"
    )
    return [n for n in services if n is not redis], [note]


def _development_queue(tree: RepoTree, folder: str) -> list[ServiceNeed]:
    """Redis when development runs its jobs on Sidekiq or Resque: the app needs it there even
    where a compose file leaves it out (Growstuff's devcontainer runs only Postgres and
    Elasticsearch)."""
    development = join(folder, "config/environments/development.rb")
    text = tree.text(development) or ""
    match = _DEV_QUEUE.search(text)
    if match is None or match.group(1) not in _REDIS_QUEUES:
        return []
    why = (
        f"{where(development, text.count(chr(10), 0, match.start()) + 1)} {match.group(0).strip()}"
    )
    return [ServiceNeed("redis", why, firm=True)]


def _brings_redis(dependency: Dependency) -> bool:
    return any(n.type == "redis" for n in services_for("ruby", [dependency]))


def _dedupe(services: list[ServiceNeed]) -> list[ServiceNeed]:
    seen: dict[str, ServiceNeed] = {}
    for need in services:
        seen.setdefault(need.type, need)
    return list(seen.values())


def _workers(finding: AppFinding, deps: list[Dependency]) -> list[tuple[str, Choice[Command]]]:
    taken = {name for name, _ in finding.processes}
    commands = " ".join(str(c.value) for _, c in finding.processes)
    found: list[tuple[str, Choice[Command]]] = []
    for gem, name, command in _WORKERS:
        dep = next((d for d in deps if d.name == gem), None)
        if dep and name not in taken and gem not in commands:
            found.append((name, Choice(command, (dep.evidence,))))
    return found
