"""The backing services a Ruby app needs in development, and the Gemfile's gems.

The gems of the Gemfile's development groups (not those of production's or of an optional
group), config/database.yml's adapter, a search initializer, a mail catcher, development's
job queue; for Rails, a cache store or Redis that only production uses is left out. Also the
embedded database (SQLite) an app runs on when database.yml says so."""

from __future__ import annotations

import re

from devenv.detect.composed import compose_services
from devenv.detect.model import Dependency, ServiceNeed, evidence, line_at
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, join

MANIFEST = "Gemfile"
_GEM = re.compile(r"^\s*gem\s*\(?\s*[\"']([\w.-]+)[\"']", re.MULTILINE)
_ADAPTER = re.compile(r"^\s*adapter:\s*[\"']?(\w+)", re.MULTILINE)
_ADAPTERS = {
    "postgresql": "postgres",
    "postgis": "postgres",
    "mysql2": "mysql",
    "trilogy": "mysql",
    "mongodb": "mongo",
}
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
# A Rails initializer named for a search engine sets up the app's connection to it, even
# through a plain HTTP client (feedbin's config/initializers/elasticsearch.rb).
_SEARCH_INITIALIZERS = ("elasticsearch", "opensearch")


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
            line = line_at(text, match.start())
            return [ServiceNeed(_ADAPTERS[adapter], f"{path}:{line} adapter: {adapter}")]
    return []


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
    # Beside a null store, development's store is the arm `rails dev:cache` toggles on
    # (`tmp/caching-dev.txt`): caching is off by default, the store is opt-in.
    toggled = [s for s in stores if s != "null_store"] if "null_store" in stores else []
    chosen = [s for s in stores + stores_everywhere if s not in toggled]
    if not memcached or not stores or set(chosen) & set(_MEMCACHED_STORES):
        return services, []
    opt_in = set(toggled) & set(_MEMCACHED_STORES)
    if opt_in and "memcached" in compose_services(tree):
        return services, []  # the developer's compose setup runs the cache it toggles on
    why = "in memcached only after `rails dev:cache`" if opt_in else f"in {stores[0]}"
    note = (
        f"{folder}: memcached ({memcached.why}) is an alternative, left out: {development} "
        f"caches {why}, memcached is production's; add it with --service memcached"
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
    text = tree.text(development) or ""
    stores = [m.group(1) for m in _CACHE_STORE.finditer(text)]
    shared = tree.text(join(folder, "config/application.rb")) or ""
    stores += [m.group(1) for m in _CACHE_STORE.finditer(shared)]
    cable = _DEV_CABLE.search(tree.text(join(folder, "config/cable.yml")) or "")
    # Development runs its jobs elsewhere (`queue_adapter = :async`): Sidekiq is production's.
    adapter = _DEV_QUEUE.search(text)
    queue_elsewhere = adapter is not None and adapter.group(1) not in _REDIS_QUEUES
    clients = [d for d in deps if d.name in _REDIS_CLIENTS]
    if queue_elsewhere:
        queue = []
    cache_only = bool(stores) or (queue_elsewhere and not clients)
    if not redis or queue or not cache_only or any("redis" in s for s in stores):
        return services, []
    if (cable and "redis" in cable.group(1)) or "redis" in compose_services(tree):
        return services, []  # a compose file running Redis is the developer's setup
    why = (
        f"{development} runs jobs on {adapter.group(1)}, Redis is production's queue"
        if queue_elsewhere and adapter
        else f"{development} caches in {stores[0]}, Redis is production's cache"
    )
    note = (
        f"{folder}: redis ({redis.why}) is an alternative, left out: {why}; "
        "add it with --service redis"
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
    why = evidence(development, text, match)
    return [ServiceNeed("redis", why, firm=True)]


def _brings_redis(dependency: Dependency) -> bool:
    return any(n.type == "redis" for n in services_for("ruby", [dependency]))


def _dedupe(services: list[ServiceNeed]) -> list[ServiceNeed]:
    seen: dict[str, ServiceNeed] = {}
    for need in services:
        seen.setdefault(need.type, need)
    return list(seen.values())


def gems(text: str, path: str) -> list[Dependency]:
    return [
        Dependency(m.group(1).lower(), path, line_at(text, m.start()), m.group(0).strip())
        for m in _GEM.finditer(text)
    ]


def chosen_services(
    tree: RepoTree, folder: str, framework: str, gemfile: str, deps: list[Dependency]
) -> tuple[list[ServiceNeed], list[str]]:
    """The services the app needs in development, one per kind, and notes on those left out."""
    optional, production = _not_development_gems(gemfile)
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
    if framework == "rails":
        services, notes = _production_cache(tree, folder, services)
        services, more = _production_redis(tree, folder, services, kept)
        notes += more
    return _dedupe(services), notes
