"""Trim a repository to the facts detection reads: layout, manifest facts, one-line idioms.

What is kept, per file (anything else is dropped, or kept as an empty file where only its
existence matters, such as lockfiles):
- package.json: name, main, workspaces, packageManager, engines, volta, scripts, dependency
  names with their version ranges;
- requirements files, Pipfile, pyproject.toml, setup.py/cfg: requirement names and extras,
  groups, the Python constraint, and which tools are configured;
- go.mod: module, go and toolchain lines, direct requires;
- .env examples: the variables, with their example values (configuration, not code);
- compose files: service names, images, profiles and the services each depends on;
- pom.xml, build.gradle, .csproj: the lines naming the build's modules, plugins,
  dependencies, versions and output type; Cargo.toml: packages, workspace members, binaries
  and dependency names with their features (and whether optional); Gradle's version
  catalog as it is;
- angular.json: the dev server's port;
- application.properties/yml, appsettings.json, launchSettings.json: ports, datasource URLs,
  connection strings, application URLs;
- source files: only the idioms detection looks for, each reduced to its matched text.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from typing import Any

from devenv.detect import (
    devcontainer,
    dotnetsettings,
    phpservices,
    pyservers,
)
from devenv.detect.golayers import LAYER_PACKAGES
from devenv.detect.manifests import load_json, strings, table
from devenv.detect.python import CONFIG_SAMPLE
from devenv.detect.readable import DRIVER_CONFIGS, LAUNCH_SCRIPT, PDO_CONFIGS
from devenv.detect.services import MAIL_CATCHERS
from devenv.detect.tree import RepoTree, is_compose_file
from tests.realrepos.trim_manifests import (
    cargo_facts,
    compose_facts,
    go_mod_facts,
    kept_lines,
    pipfile_facts,
    pyproject_facts,
    requirements_facts,
    setup_facts,
)
from tests.realrepos.trim_source import SOURCE_FACTS, source_facts


def _layer_import(name: str, text: str | None) -> bool:
    """A Go file importing a framework's store or queue package: detection reads it at any
    depth (go-zero services keep their queue config in app/x/cmd/mq/internal/config)."""
    return name.endswith(".go") and any(f'"{p}"' in (text or "") for p in LAYER_PACKAGES)


# Sources deeper than this say nothing detection uses; keeping them would only bloat the tree.
MAX_DEPTH = 5
KEEP_AS_IS = frozenset(
    {
        *(".python-version", "runtime.txt", ".nvmrc", ".node-version", "Procfile", ".yarnrc.yml"),
        "Procfile.dev",
        *("libs.versions.toml", ".java-version", "rust-toolchain", "rust-toolchain.toml"),
        *("settings.gradle", "settings.gradle.kts", "global.json", "Rocket.toml"),
        *(".ruby-version", ".tool-versions", "nodemon.json"),
    }
)
PLACEHOLDERS = re.compile(
    r"(^|/)(pnpm-lock\.yaml|package-lock\.json|npm-shrinkwrap\.json|bun\.lockb?|uv\.lock|"
    r"poetry\.lock|Pipfile\.lock|go\.sum|Cargo\.lock|composer\.lock|Gemfile\.lock|www|"
    r"__main__\.py|wsgi\.py|asgi\.py|[^/]+\.slnx?|"
    r"(?i:nuget\.config)|mvnw|gradlew|src/main\.rs|src/lib\.rs|src/bin/[^/]+\.rs|"
    r"nx\.json|project\.json|artisan|bin/console|bin/cake|bin/rails|config\.ru|src/Kernel\.php|"
    r"config/initializers/(?:elasticsearch|opensearch)\.rb|config/database\.yml\.\w+|[^/]+\.ini)$"
)
CONFIG_FILE = re.compile(
    r"(^|/)(config|app|settings)[\w.-]*\.(ya?ml|toml|ini)[\w.-]*$"
    r"|(^|/)(config|configuration|configs|conf|settings)/([\w.-]+/)?"
    r"(base|default|development|dev|local)\.(ya?ml|toml)$"
    # A Go binary's own config in a config folder, named for it (config/uptrace.yml).
    r"|(^|/)(config|configs|conf)/((dev|development|local)/)?[\w-]+\.(ya?ml|toml)$"
)
# Port and listen-address settings of a config file, and the sections they sit in (whose port
# it is); nothing else is kept.
CONFIG_PORT = (
    r"(?im)^[ \t]*#?[ \t]*[\w.-]*(port|addr|address|listen|bind|http|engine|driver|dialect|adapter|"
    r"type|redis|elastic|"
    r"amqp|rabbit|mongo|memcache|kafka)[\w.-]*[ \t]*[:=].*"
    r"|^[ \t]*[\w.-]+:[ \t]*(?:#.*)?$|^[ \t]*\[{1,2}[\w. -]+\]{1,2}[ \t]*$"
)
# `app.env` too: detection reads env files by that name (viper's config in Go apps).
ENV_EXAMPLE = re.compile(
    r"(^|/)(\.env([._][\w-]+)*|\.?(env[.-]([a-z]+[.-])?example|example\.env)[\w.-]*"
    r"|[\w.-]+\.env(\.example)?)$"
)
# A credential that is no backing service's login (EMAIL_SENDER_PASSWORD, API_TOKEN): its
# value says nothing detection reads, and a committed one is not the tests' to keep.
_CREDENTIAL = re.compile(
    r"^([ \t#]*(?:export\s+)?(?![A-Z0-9_]*(?:DB|DATABASE|SQL|PG|POSTGRES|MARIADB|REDIS|MONGO|"
    r"RABBIT|AMQP|MINIO))[A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN)[A-Z0-9_]*[ \t]*)=[ \t]*\S.*$",
    re.M,
)
# Ruby and PHP: the lines detection reads, each reduced to its matched text.
GEMFILE_FACTS = (
    r"(?m)^[ \t]*(?:gem\s*\(?\s*[\"'][\w.-]+[\"']|ruby\s*\(?\s*[\"'][^\"']+[\"']|gemspec\b"
    r"|[^#\n]*\.gemspec\b"  # a Gemfile that loads the gemspec's dependencies
    # The blocks gems sit in: their groups say which are development's.
    r"|[^#\n]*\bdo\b[ \t]*(?:\|[^|\n]*\|)?(?=[ \t]*(?:#.*)?$)|(?:if|unless)\b[^#\n]*|end\b)"
)
RAILS_CACHE = (
    r"(?m)^[ \t]*config\.cache_store\s*=\s*\[?\s*:\w+"
    # The whole line: a trailing `if defined?(Sidekiq)` makes it no choice.
    r"|^[ \t]*config\.active_job\.queue_adapter\s*=.*"
)
SINATRA_ENTRY = ("app.rb", "main.rb", "server.rb", "web.rb")


# A module's Spring settings sit deep in a multi-module build (jeecg-boot/jeecg-module-system/
# jeecg-system-start/src/main/resources/application-dev.yml), or in a Maven build's per-environment
# resource folder (resources/dev/application.yaml); detection reads them there.
_SPRING_SETTINGS = re.compile(
    r"/src/main/resources/(?:[\w-]+/)?application[\w-]*\.(?:ya?ml|properties)$"
)


def trim_tree(tree: RepoTree) -> dict[str, str]:
    """Path -> trimmed text, for every file worth keeping."""
    found: dict[str, str] = {}
    for path in sorted(tree.paths):
        name = PurePosixPath(path).name
        if (
            name.startswith("test_")
            or name == "conftest.py"
            or re.search(r"(^|/|_)migrations/", path)
        ):
            continue
        if path.count("/") > MAX_DEPTH and not (
            name.endswith(("package.json", "go.mod", "launchSettings.json"))
            or _SPRING_SETTINGS.search(path)
            or _layer_import(name, tree.text(path))
        ):
            continue
        text = tree.text(path)
        trimmed = _trim(path, name, text) if text is not None else None
        if trimmed is not None:
            found[path] = trimmed
        elif name.endswith(".py") and path.count("/") <= 2:
            found[path] = ""  # keeps the order in which detection reads an app's modules
        elif name.endswith(".php") and ("/" not in path or name == "index.php"):
            found[path] = ""  # scripts at the top and front controllers: their place is the fact
        elif name == "__init__.py" and path.count("/") <= 3:
            found[path] = ""  # a project's own import package says it is a library
        elif PLACEHOLDERS.search(path) or name == "yarn.lock" or _beside_manage_py(tree, path):
            found[path] = _yarn_head(text) if name == "yarn.lock" else ""
    return found


def _beside_manage_py(tree: RepoTree, path: str) -> bool:
    """A settings sample beside manage.py: its place says where Django is run from."""
    manage = PurePosixPath(path).with_name("manage.py").as_posix()
    return bool(CONFIG_SAMPLE.match(PurePosixPath(path).name)) and tree.exists(manage)


def _turbo_json(text: str) -> str:
    """The dev task's dependsOn: the package tasks `turbo run dev` runs."""
    data, _ = load_json(text)
    key = "tasks" if "tasks" in data else "pipeline"
    dev = table(data, key, "dev")
    kept = {key: {"dev": {"dependsOn": strings(dev.get("dependsOn"))}}} if dev else {}
    return json.dumps(kept, indent=2) + "\n"


def _nest_cli_json(text: str) -> str:
    """The default project's sourceRoot and entryFile: where `nest start` finds main.ts."""
    data, _ = load_json(text)
    kept = {k: data[k] for k in ("sourceRoot", "entryFile") if isinstance(data.get(k), str)}
    return json.dumps(kept, indent=2) + "\n"


def _node_config_json(text: str) -> str | None:
    """node-config's JSON layer: its top-level `"port"`, the server's."""
    data, _ = load_json(text)
    port = data.get("port")
    return json.dumps({"port": port}, indent=2) + "\n" if isinstance(port, (int, str)) else None


def _trim(path: str, name: str, text: str) -> str | None:
    if name in KEEP_AS_IS:
        return text
    if name == "package.json":
        return _package_json(text)
    if name in ("justfile", "Justfile", ".justfile"):  # a mail catcher it starts outside compose
        return kept_lines(text, rf"(?i)^.*{MAIL_CATCHERS.pattern}.*") or None
    if name == "Makefile":  # its targets, and the Go commands or Python servers they run
        servers = pyservers.MAKE_SERVERS.pattern
        return (
            kept_lines(text, rf"^(?:[\w.-]+\s*:(?!=).*|.*\bgo run\b.*|.*(?:{servers}).*)$") or None
        )
    if name == "turbo.json":
        return _turbo_json(text)
    if name == "nest-cli.json":
        return _nest_cli_json(text)
    if re.search(r"(^|/)config/(default|development|local)\.json$", path):
        return _node_config_json(text)
    if name.endswith(".txt"):
        return requirements_facts(text)
    if name == "pyproject.toml":
        return pyproject_facts(text)
    if name == "Pipfile":
        return pipfile_facts(text)
    if name in ("setup.py", "setup.cfg"):
        return setup_facts(text, cfg=name == "setup.cfg")
    if name == "go.mod":
        return go_mod_facts(text)
    if name in ("Directory.Build.props", "Directory.Packages.props"):
        return kept_lines(text, r"<(?:Global)?PackageReference\s+Include\s*=\s*\"[^\"]+\"")
    if name == "pom.xml" or name.endswith(".csproj") or name.endswith(".fsproj"):
        # A root tag whose attributes run over lines is kept whole, or the XML breaks.
        text = re.sub(r"<(?:project|Project)\b[^>]*>", lambda m: " ".join(m[0].split()), text)
        return kept_lines(text, _BUILD_TAGS)
    if name in ("build.gradle", "build.gradle.kts"):
        return kept_lines(text, _GRADLE_LINES)
    if name == "Cargo.toml":
        return cargo_facts(text)
    if re.match(r"^application[\w-]*\.ya?ml$", name):
        return kept_lines(
            text,
            r"^---.*|^\s*[\w.\"'-]+:[ \t]*(?:#.*)?$|^.*\b(?:port|url|db-kind|active)\s*:.*"
            r"|^\s*enabled?\s*:\s*false\b.*",  # a service's own switch (springprofiles.py)
        )
    if re.match(r"^application[\w-]*\.properties$", name):
        # `%dev.quarkus.http.port`: a Quarkus profile's key, dev's being what quarkus:dev reads;
        # an indexed one (`db.url.0=jdbc:mysql://...`) is a URL too.
        return kept_lines(
            text,
            r"^[ \t]*%?[\w.-]*(?:port|url|db-kind|profiles\.active)(?:\.\d+)?[ \t]*[=:].*"
            r"|^[ \t]*[\w.-]+\.enabled?[ \t]*[=:][ \t]*false\b.*",
        )
    if name in ("appsettings.json", "launchSettings.json"):
        return _dotnet_settings(text)
    ruby_or_php = _ruby_or_php(path, name, text)
    if ruby_or_php is not None:
        return ruby_or_php
    if re.match(r"^(?:vite|rsbuild)\.config\.[mc]?[jt]s$", name):  # server.port: its block
        return kept_lines(
            text,
            r"^[ \t]*(?:server|preview|hmr)[ \t]*:.*|^[ \t]*port\b.*|^[ \t]*}.*"
            r"|^[ \t]*(?:const|let|var)[ \t]+\w*(?i:port)[ \t]*=.*|.*\benvDir\b.*",
        )
    if re.match(
        r"^(?:vue|webpack|rspack)\.config\.[jt]s$", name
    ):  # devServer.port, or the port's default
        return kept_lines(text, r"^[ \t]*port[ \t]*:.*|^[ \t]*(?:const|let|var)[ \t]+port\b.*")
    if name == "pnpm-workspace.yaml":
        return kept_lines(text, r"^\S[^:]*:|^\s+-\s+\S+")
    if name == "angular.json":
        return _angular_json(text)
    if name == "schema.prisma":
        return kept_lines(text, r"^\s*(datasource|provider)\b.*")
    if re.match(r"^((?:Docker|Container)file[\w.-]*|[\w.-]+\.Dockerfile)$", name):
        return kept_lines(
            text,
            r"^FROM\s.*|^ENV\s+POSTGRES_\w+.*|^(?:COPY|ADD)\s.*requirements[\w.-]*\.txt\b.*"
            r"|^.*\bpip3?\s+install\b.*\s[\"']?\.\[.*"  # the extras it installs the project with
            r"|^CMD\s.*|^ENV\s(?:.*\s)?PORT[=\s].*|^EXPOSE\s.*"
            r"|^\s*(?:ENV\s+)?ASPNETCORE_(?:HTTP_PORTS|URLS)[=\s].*",
        )
    if is_compose_file(path):
        return compose_facts(text)
    if re.search(r"(^|/)(buildSrc|build-logic)/src/main/(groovy|kotlin)/[^/]+$", path):
        return kept_lines(text, r"^.*\b(?:apply|id)\b.*")  # a convention's plugins
    if name.endswith((".yaml", ".yml")) and "dapr.io/" in text:  # a Dapr component's store
        return kept_lines(text, r"^\s*(?:apiVersion|kind|type):.*")
    if LAUNCH_SCRIPT.match(name):  # the server it starts, and on which port
        return kept_lines(text, r"^.*\b(?:uvicorn|gunicorn|hypercorn|daphne|granian)\b.*")
    if name == "devcontainer.json":  # the ports it labels: which is the app's
        return kept_lines(text, devcontainer._ATTRIBUTES.pattern)
    if path == ".ddev/config.yaml":  # DDEV's project type, its database, the app's mail port
        mail = r"|^[ \t]*-?[ \t]*\w*(?:MAIL|SMTP)\w*PORT\w*[ \t]*[=:].*"
        return kept_lines(text, r"^(type|database|web_environment):.*|^[ \t]+type:.*" + mail)
    if CONFIG_FILE.search(path):
        return kept_lines(text, CONFIG_PORT)
    if ENV_EXAMPLE.search(path):
        kept = kept_lines(text, r"^\s*#?\s*(?:export\s+)?[A-Z][A-Z0-9_]*[ \t]*=.*")
        return _CREDENTIAL.sub(r"\1=redacted", kept)
    if name.endswith(".cs"):
        return source_facts(path, text)  # its folder says whether it is a configuration class
    if name == "manage.py" or PurePosixPath(name).suffix in SOURCE_FACTS:
        return source_facts(name, text)
    return None


# The lines of a pom.xml or a .csproj that say what the build is, uses and makes.
_BUILD_TAGS = (
    r"^.*</?(?:project|Project|parent|relativePath|artifactId|packaging|modules?|mainClass|"
    r"exec\.mainClass|java\.version|dependencies|dependency|scope|dependencyManagement|build|"
    r"pluginManagement|profiles|exclusions?|"
    r"maven\.compiler\.\w+|release|PackageReference|ProjectReference|OutputType|"
    r"TargetFrameworks?|AssemblyName|IsTestProject|IsAspireHost|UseMaui|UseWPF|"
    r"UseWindowsForms|Sdk|main\.verticle|Main-Verticle|Main-Class)\b.*"
    # A framework's groupId: a module whose plugin sits in its parent names Quarkus so.
    r"|^.*<groupId>\s*(?:io\.quarkus|io\.micronaut[\w.]*|org\.springframework\.boot)\s*<.*"
)
_GRADLE_LINES = (
    r"^.*\b(?:plugins|id|alias|apply|implementation|compile|api|runtimeOnly|compileOnly|"
    r"developmentOnly|annotationProcessor|kapt|project|mainClass|application|"
    r"JavaLanguageVersion|sourceCompatibility|targetCompatibility|Main-Class)\b.*"
)


def _angular_json(text: str) -> str:
    """The port each project's `ng serve` target listens on."""
    data, _ = load_json(text)
    ports = {
        name: table(project, "architect", "serve", "options").get("port")
        for name, project in table(data, "projects").items()
    }
    kept = {
        name: {"architect": {"serve": {"options": {"port": port}}}}
        for name, port in ports.items()
        if isinstance(port, int)
    }
    return json.dumps({"projects": kept}, indent=2) + "\n"


def _dotnet_settings(text: str) -> str:
    """Connection strings, a top-level Port, and the launch profiles' application URLs."""
    data, _ = load_json(text)
    kept: dict[str, Any] = {}
    if isinstance(data.get("ConnectionStrings"), dict):
        kept["ConnectionStrings"] = data["ConnectionStrings"]
    if isinstance(data.get("Port"), int):
        kept["Port"] = data["Port"]
    profiles = {
        name: {"applicationUrl": body["applicationUrl"]}
        for name, body in table(data, "profiles").items()
        if isinstance(body, dict) and isinstance(body.get("applicationUrl"), str)
    }
    if profiles:
        kept["profiles"] = profiles
    kept.update({k: v for k, v in _settings_switches(data).items() if k not in kept})
    dumped = json.dumps(kept, indent=2) + "\n"
    # Connection strings commented out (`//"RedisConnectionString": ...`): a service left off.
    block = dotnetsettings._CONNECTION_STRINGS.search(text)
    commented = dotnetsettings._COMMENTED_KEY.findall(block.group(1)) if block else []
    if commented and '"ConnectionStrings": {' in dumped:
        lines = "".join(f'\n    //"{key}": "",' for key in commented)
        dumped = dumped.replace('"ConnectionStrings": {', '"ConnectionStrings": {' + lines, 1)
    elif commented:
        lines = "".join(f'    //"{key}": "",\n' for key in commented)
        dumped = dumped.replace("{", '{\n  "ConnectionStrings": {\n' + lines + "  },", 1)
    return dumped


def _settings_switches(data: dict[str, Any], section: str = "") -> dict[str, Any]:
    """The settings that switch a service's section off or pick a database provider, with
    the sections they sit in."""
    kept: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            inner = _settings_switches(value, key)
            kept.update({key: inner} if inner else {})
        elif isinstance(value, str) and dotnetsettings._PICKER.match(key):
            kept.update({key: value} if value.lower() in dotnetsettings._DATABASES else {})
        elif isinstance(value, bool) and key.lower() == "useinmemorydatabase":
            kept[key] = value  # EF Core's in-memory provider switched on
        elif isinstance(value, bool) and key.lower() in dotnetsettings._SWITCHES:
            kept.update({key: value} if dotnetsettings._kind(section) else {})
    return kept


def _ruby_or_php(path: str, name: str, text: str) -> str | None:
    if name == "Gemfile":
        return kept_lines(text, GEMFILE_FACTS)
    if path.endswith("bin/dev"):  # Rails' bin/dev: the PORT default it gives foreman
        default = r"^.*\bPORT=[\"']?\$\{PORT:-\d+\}.*|^.*\bforeman\s+start\b.*"
        # the Procfile it starts, the scripts it sources, the port variables it sets
        named = r"|^.*\bProcfile[\w.-]*.*|^.*\bbin/[\w.-]+.*|^[ \t]*(?:export[ \t]+)?\w*PORT=.*"
        return kept_lines(
            text, default + named + r"|^[ \t]*(?:export[ \t]+)?PORT=[\"']?\d+[\"']?[ \t]*$"
        )
    if path.endswith("bin/env"):  # the port variables' defaults bin/dev evals
        return kept_lines(text, r"^.*\bENV\[[\"']\w*PORT\w*[\"']\]\s*\|\|=.*")
    if name.endswith(".gemspec"):
        return kept_lines(text, r"^\s*\w+\.add_(?:runtime_)?dependency\b.*")
    if name == "Gemfile.lock":
        return kept_lines(text, r"^RUBY VERSION\s*\n\s*ruby\s+\S+")
    if name in ("database.yml", "database.yml.example"):
        return kept_lines(text, r"^\w[\w-]*:.*|^[ \t]+adapter:.*")
    if name == "cable.yml":  # whether development's Action Cable needs Redis
        return kept_lines(text, r"^\w[\w-]*:.*|^[ \t]+adapter:.*")
    if name in ("application.rb", "development.rb"):
        return kept_lines(text, RAILS_CACHE)
    if name == "puma.rb":
        return kept_lines(text, r".*ENV\.fetch\(\s*[\"']PORT[\"'].*") or None
    if name in SINATRA_ENTRY:
        return kept_lines(text, r"^\s*require\s*\(?\s*[\"']sinatra(?:/base)?[\"']") or None
    if name == "composer.json":
        return _composer_json(text)
    if name in PDO_CONFIGS and path.endswith("config/" + name):  # a PHP app's PDO DSN
        return kept_lines(text, phpservices.PDO_DSN.pattern + ".*") or None
    if name == "database.php":
        return kept_lines(text, phpservices._DEFAULT_CONNECTION.pattern)
    if name in DRIVER_CONFIGS and path.endswith("config/" + name):  # Laravel's driver fallback
        return kept_lines(text, ".*" + phpservices._DEFAULT_DRIVER.pattern + ".*") or None
    if name in ("phpunit.xml", "phpunit.xml.dist"):  # the database the tests connect to
        return kept_lines(text, r"^.*<(?:env|server)\s+name=\"DB_CONNECTION\".*")
    return None


def _composer_json(text: str) -> str:
    data, _ = load_json(text)
    kept: dict[str, Any] = {k: data[k] for k in ("name", "type", "bin") if k in data}
    for section in ("require", "require-dev"):
        if isinstance(data.get(section), dict):
            kept[section] = {k: v for k, v in data[section].items() if isinstance(v, str)}
    platform = table(data, "config", "platform")
    if platform:
        kept["config"] = {"platform": platform}
    # Path repositories: packages of the repository's own folders the project installs.
    paths = [
        {"type": "path", "url": r["url"]}
        for r in data.get("repositories") or []
        if isinstance(r, dict) and r.get("type") == "path" and isinstance(r.get("url"), str)
    ]
    if paths:
        kept["repositories"] = paths
    return json.dumps(kept, indent=2) + "\n"


def _package_json(text: str) -> str:
    data, _ = load_json(text)
    keys = (
        *("name", "private", "main", "bin", "type", "workspaces", "packageManager", "engines"),
        *("volta", "proxy"),  # proxy: CRA's dev server forwarding to a server
    )
    kept: dict[str, Any] = {k: data[k] for k in keys if k in data}
    for section in ("scripts", "dependencies", "devDependencies"):
        if section in data and isinstance(data[section], dict):
            kept[section] = {k: v for k, v in data[section].items() if isinstance(v, str)}
    schema = data.get("prisma")
    if isinstance(schema, dict) and isinstance(schema.get("schema"), str):
        kept["prisma"] = {"schema": schema["schema"]}  # where the Prisma schema is
    targets = _nx_targets(data)
    if targets:
        kept["nx"] = {"targets": targets}
    return json.dumps(kept, indent=2) + "\n"


def _nx_targets(data: dict[str, Any]) -> dict[str, Any]:
    """The serving targets a package.json gives Nx: their executor and command."""
    nx = data.get("nx")
    targets = nx.get("targets") if isinstance(nx, dict) else None
    kept: dict[str, Any] = {}
    for name in ("dev", "start", "serve", "develop"):
        target = targets.get(name) if isinstance(targets, dict) else None
        if not isinstance(target, dict):
            continue
        options = target.get("options")
        command = options.get("command") if isinstance(options, dict) else None
        kept[name] = {k: target[k] for k in ("executor",) if k in target}
        if isinstance(command, str):
            kept[name]["options"] = {"command": command}
    return kept


def _yarn_head(text: str | None) -> str:
    return "__metadata:\n" if text and "__metadata:" in text else "# yarn lockfile v1\n"
