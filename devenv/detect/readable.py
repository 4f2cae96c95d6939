"""Which files `devenv init` reads, and how much of each: the limits and the names that say
what a repository is (manifests, env examples, config and settings files, entry sources).
Pure: names in, numbers out. The reading itself is tree.py's."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# How deep we look: apps sit at most APP_DEPTH folders down (services/api, apps/web/...),
# their sources a few folders further (src/pkg/module.py).
MAX_DEPTH = 6
APP_DEPTH = 3
MAX_ENTRIES = 50_000
MAX_MANIFEST_BYTES = 512 * 1024
MAX_SOURCE_BYTES = 256 * 1024
MAX_SOURCE_FILES = 3_000
# yarn.lock can be megabytes; its first lines say whether it is Yarn 1 or Yarn Berry.
HEAD_BYTES = 2048

# Folders that never hold an app of the repository's own: dependencies, build output, caches,
# tests, docs, and the examples and playgrounds that try a library out. Every folder whose
# name starts with "." is skipped as well, except that the compose files of a root
# .devcontainer/ are read: they name the services development uses.
# `env` is not among them: Go and Node code keep their settings in an env/ package, and a
# virtualenv of that name is known by its pyvenv.cfg like any other.
SKIP_DIRS = frozenset(
    {
        "node_modules",
        "bower_components",
        "jspm_packages",
        "vendor",
        "venv",
        "virtualenv",
        "site-packages",
        "__pycache__",
        "__pypackages__",
        "dist",
        "build",
        "target",
        "out",
        "coverage",
        "htmlcov",
        "storybook-static",
        "tmp",
        "temp",
        "logs",
        "test",
        "tests",
        "__tests__",
        "testdata",
        "fixtures",
        "e2e",
        "regression",
        "cypress",
        "docs",
        "doc",
        "examples",
        "example",
        "samples",
        "playground",
        "playgrounds",
        # Fuzzing harnesses (cargo-fuzz's fuzz/, jellyfin's fuzz/*.Fuzz projects) feed
        # generated input to the code; they serve nothing.
        "fuzz",
    }
)
# Entries that make the folder holding them no app's own, whatever its name: a virtualenv or
# conda environment, and a `dotnet new` template's source (its .template.config/; Admin.Core's
# templates/app/content is a whole solution with placeholder names).
NOT_OWN_MARKERS = frozenset({"pyvenv.cfg", "conda-meta", ".template.config"})
# The files detection reads in full (up to MAX_MANIFEST_BYTES).
MANIFESTS = frozenset(
    {
        "pyproject.toml",
        "setup.py",
        "setup.cfg",
        "Pipfile",
        ".python-version",
        "runtime.txt",
        "manage.py",
        "package.json",
        ".nvmrc",
        ".node-version",
        "angular.json",
        "nodemon.json",
        ".yarnrc.yml",
        "pnpm-workspace.yaml",
        # The tasks `turbo run dev` runs: its dev task's dependsOn.
        "turbo.json",
        # A Nest CLI monorepo's default project: where `nest start` finds its main.ts.
        "nest-cli.json",
        "schema.prisma",
        "go.mod",
        "pom.xml",
        ".java-version",
        "application.properties",
        "application.yml",
        "application.yaml",
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts",
        "libs.versions.toml",
        "Cargo.toml",
        "rust-toolchain",
        "rust-toolchain.toml",
        "Rocket.toml",
        # vue-cli's dev server settings: devServer.port.
        "vue.config.js",
        "vue.config.ts",
        # webpack-dev-server's (`webpack serve`) and Rspack's: the same devServer.port.
        "webpack.config.js",
        "webpack.config.ts",
        "rspack.config.js",
        "rspack.config.ts",
        # Vite's: server.port.
        "vite.config.ts",
        "vite.config.js",
        "vite.config.mts",
        "vite.config.mjs",
        # Rsbuild's, the same server.port.
        "rsbuild.config.ts",
        "rsbuild.config.js",
        "rsbuild.config.mjs",
        "Gemfile",
        "composer.json",
        "mix.exs",
        "global.json",
        # MSBuild imports these into every project below: their PackageReference items.
        "Directory.Build.props",
        "Directory.Packages.props",
        "launchSettings.json",
        "appsettings.json",
        "Procfile",
        # bin/dev's `foreman start -f Procfile.dev`: the port its web: line is given
        "Procfile.dev",
        # A justfile may start a mail catcher outside compose (`docker run ... mailcrab`).
        "justfile",
        # Its dev targets' `go run ./cmd/hub` name the Go commands a developer runs.
        "Makefile",
        "Justfile",
        ".justfile",
        "Dockerfile",
        "compose.yaml",
        "compose.yml",
        "docker-compose.yml",
        "docker-compose.yaml",
        ".env.example",
        ".env.sample",
        # PHP and Ruby: versions, Symfony's committed .env, Rails' database, Sinatra entry files.
        ".env",
        ".env.dist",
        "database.php",
        # PHPUnit's settings: the database server a Laravel app's tests connect to.
        "phpunit.xml",
        "phpunit.xml.dist",
        ".tool-versions",
        ".ruby-version",
        "Gemfile.lock",
        "database.yml",
        "database.yml.example",
        # Rails' cache store: development's says whether memcached is production's only.
        "application.rb",
        "development.rb",
        # Action Cable's adapters: whether development's needs Redis.
        "cable.yml",
        # Puma's config: the port Rails serves on when it is not 3000.
        "puma.rb",
        "config.ru",
        "app.rb",
        "main.rb",
        "server.rb",
        "web.rb",
        "poetry.lock",
        "uv.lock",
        "alembic.ini",
    }
)
HEAD_ONLY = frozenset({"yarn.lock"})
# .NET project files have the project's own name.
PROJECT_FILE_SUFFIXES = (".csproj", ".fsproj")
# Sample .env files: the variables an app reads, with example values (devenv.detect.envvars).
ENV_SAMPLES = frozenset(
    {
        ".env.sample",
        ".env.dev-sample",
        ".env.dev.sample",
        ".env.dev.example",
        ".env.local.example",
        ".env.template",
        ".env.dist",
        ".env.default",
        ".env.defaults",
        "env.example",
        "env.sample",
        "example.env",
        ".example.env",
        "sample.env",
        ".flaskenv",
    }
)
SOURCE_SUFFIXES = frozenset({".py", ".go"})
# Node entry points are read for their port; the rest of a Node tree is not needed.
NODE_ENTRY_STEMS = frozenset({"index", "server", "app", "main", "www"})
NODE_SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".ts", ".mts"})
# Node config modules (`config.ts`, `create-config.ts`, `Settings.ts`, `config.default.js`,
# `env.js`, `environments/index.ts`) hold a server's port default.
# NestJS's `registerAs` modules (`src/config/app.config.ts`) and `setting.js` count too.
NODE_CONFIG_STEM = re.compile(
    r"(?i)^(?:\w+[-_]|(?:app|server|api|http|env)\.)?"
    r"(?:config|configuration|settings?|env|environments?)(?:\.defaults?)?$"
)
# node-config's layers in a config folder (`config/default.js`, `config/development.js`).
NODE_CONFIG_LAYERS = frozenset({"default", "development", "local"})
NODE_CONFIG_JSON = frozenset(f"{layer}.json" for layer in NODE_CONFIG_LAYERS)
# Rust binaries' entry points (src/main.rs, any src/bin/<name>.rs) are read for the address
# they bind.
# A settings module (settings.rs, any file of settings/ and config/, or of a crate by that
# name: crates/settings/src/local.rs) holds the port's default.
# A binary's command-line options too (cli.rs, args.rs, controller/command.rs): clap's
# `#[clap(long, default_value = "8080")] port: u16` sits there.
RUST_ENTRY_STEMS = frozenset(
    {"main", "mod", "lib", "server", "http", "app", "config", "startup", "settings"}
    | {"cli", "args", "command", "opts", "options"}
)
RUST_CONFIG_FOLDERS = frozenset({"settings", "config"})
# Layered settings a config library merges (config-rs, Viper, node-config): a folder of
# them, with the base layer and the development one (configuration/base.yaml).
SETTINGS_FOLDERS = frozenset({"config", "configuration", "configs", "conf", "settings"})
# A Spring profile's settings (application-mysql.properties): the datasource it switches to.
_SPRING_PROFILE = re.compile(r"^application-[\w-]+\.(?:properties|ya?ml)$")
# The script a container runs to start the server (entrypoint.sh's `exec uvicorn main:app
# --port 8001`): a compose command that runs it serves on its port.
LAUNCH_SCRIPT = re.compile(r"^(?:docker-)?(?:entrypoint|start|run)(?:[-_.]\w+)*\.sh$")
# PHP apps' database component in their config folder (Yii's config/db.php, HumHub's
# protected/humhub/config/common.php): its PDO DSN names the server.
PDO_CONFIGS = frozenset({"db.php", "common.php"})
# Laravel's driver settings (config/cache.php): their fallbacks choose the server when the env
# template leaves the setting unset.
DRIVER_CONFIGS = ("cache.php", "queue.php", "session.php", "broadcasting.php")
# An Aspire app host's folder (AppHost, eShop.AppHost, Clean.Architecture.AspireHost): its
# code adds the containers the solution runs in development.
APP_HOST_FOLDER = re.compile(r"(?i)(?:^|\.)(?:app|aspire)\.?host$")
# A .NET project's configuration classes (src/NzbDrone.Core/Configuration/*.cs): the port a
# configuration read defaults to.
CONFIG_FOLDERS = frozenset({"Configuration", "Config"})
SETTINGS_LAYER = re.compile(r"^(base|default|development|dev|local)\.(ya?ml|toml)$")


# Gradle convention plugins (buildSrc/src/main/groovy/ServicePlugin.groovy, a precompiled
# shop.spring-boot.gradle.kts): the plugins a module applies through them.
_CONVENTION_SUFFIXES = (".groovy", ".gradle", ".gradle.kts", ".kt")


# A folder named for tests by its first or last word (cds-snc's tests-simulate-prod-data,
# tests_smoke, integration-tests, coral's multi-site-test): a suite or a harness, not an app.
_TEST_WORDS = frozenset({"test", "tests"})
_WORD_SPLIT = re.compile(r"[-_]")


def skipped(name: str) -> bool:
    if name.startswith(".") or name in SKIP_DIRS or name.endswith(".egg-info"):
        return True
    words = _WORD_SPLIT.split(name.lower())
    return len(words) > 1 and bool({words[0], words[-1]} & _TEST_WORDS)


_CONFIG_DIRS = frozenset({"config", "configs", "conf"})
_DEV_LAYERS = frozenset({"dev", "development", "local"})


def read_limit(
    name: str, folder_depth: int, budget: dict[str, int], folder: str = "", above: str = ""
) -> int:
    """How much of a file to read (0: none); `folder` and `above` name its folder and the one
    holding that."""
    if (
        name in MANIFESTS
        or _is_requirements(name)
        or _is_config(name, folder_depth)
        or (folder in SETTINGS_FOLDERS and bool(SETTINGS_LAYER.match(name)))
        # a settings package's layers (crates/configuration/data/base.yml)
        or (above in SETTINGS_FOLDERS and bool(SETTINGS_LAYER.match(name)))
        or (folder == "config" and (name in PDO_CONFIGS or name in DRIVER_CONFIGS))
        # node-config's JSON layers (config/default.json): the server's `"port"`
        or (folder == "config" and name in NODE_CONFIG_JSON)
        # Rails' bin/dev: the port foreman gets, and bin/env, the defaults it evals
        or (folder == "bin" and name in ("dev", "env"))
        # a Go binary's config named for it (config/uptrace.yml): its listen address
        # and its development layer's (configs/dev/server.toml)
        or (
            name.endswith((".yml", ".yaml", ".toml"))
            and (
                (folder in _CONFIG_DIRS and folder_depth <= APP_DEPTH + 1)
                or (
                    folder in _DEV_LAYERS
                    and above in _CONFIG_DIRS
                    and folder_depth <= APP_DEPTH + 2
                )
            )
        )
        or (folder == "resources" and bool(_SPRING_PROFILE.match(name)))
        or (folder in COMPOSE_FOLDERS and name.endswith((".yml", ".yaml")))
        or (folder == "components" and name.endswith((".yml", ".yaml")))  # Dapr's components
        or (folder in ("groovy", "kotlin") and name.endswith(_CONVENTION_SUFFIXES))
        or (name.endswith(".cs") and bool(APP_HOST_FOLDER.search(folder)))
        or (name.endswith(".cs") and folder in CONFIG_FOLDERS)  # a port default in code
        or name.endswith((*PROJECT_FILE_SUFFIXES, ".gemspec"))
        or name in ENV_SAMPLES
        or (folder_depth <= APP_DEPTH and bool(LAUNCH_SCRIPT.match(name)))
    ):
        return MAX_MANIFEST_BYTES
    if name in HEAD_ONLY:
        return HEAD_BYTES
    suffix = PurePosixPath(name).suffix
    is_source = (
        suffix in SOURCE_SUFFIXES
        or (suffix in NODE_SUFFIXES and PurePosixPath(name).stem in NODE_ENTRY_STEMS)
        or (suffix in NODE_SUFFIXES and bool(NODE_CONFIG_STEM.match(PurePosixPath(name).stem)))
        or (
            suffix in NODE_SUFFIXES
            and folder == "config"
            and PurePosixPath(name).stem in NODE_CONFIG_LAYERS
        )
        or (
            suffix == ".rs"
            and (
                PurePosixPath(name).stem in RUST_ENTRY_STEMS
                or folder in RUST_CONFIG_FOLDERS
                or (folder == "src" and above in RUST_CONFIG_FOLDERS)  # a settings crate's
                # a config module's parts (src/config/file/srv.rs: the listen default)
                or above in RUST_CONFIG_FOLDERS
                or (folder == "bin" and above == "src")  # src/bin/<name>.rs: a binary's main
            )
        )
    )
    if is_source and budget["sources"] > 0:
        budget["sources"] -= 1
        return MAX_SOURCE_BYTES
    return 0


# The names of env files and examples (`.env`, `.env.dev`, `.env_rename_me`, `env-example`,
# `env-server-example`, `docker.env`) and of compose files (`docker-compose.yml`,
# `dev.docker-compose.yml`, `dev-compose.yaml`, `docker_compose.yaml`, and the template a
# developer copies to its name, `docker-compose.yml.dist`), as pattern text: the file reader,
# the config lookups and the compose readers share them.
ENV_FILE_NAME = r"\.env([._][\w-]+)*|env[.-]([a-z]+[.-])?example[\w.-]*|[\w.-]+\.env(\.example)?"
# Folders of compose files with free names (deploy/docker-compose/quickstart.yaml,
# tools/compose/development.yml), which `docker compose -f` runs, or others extend.
COMPOSE_FOLDERS = frozenset({"compose", "docker-compose"})
COMPOSE_FILE_NAME = (
    r"([\w-]+\.|(?:dev|development|local|test|testing|prod|production)-)?"
    r"(docker[-_])?compose[\w.-]*\.ya?ml(\.dist|\.default)?"
)


# Env files and examples (`.env`, `.env.dev`, `env-example-docker`), compose variants
# (`docker-compose.dev.yml`) and config files (`config.toml.sample`, `conf/app.ini`,
# `config.json`) name the services, URLs and ports a repository really uses.
_CONFIG_NAME = re.compile(
    rf"^({ENV_FILE_NAME}|{COMPOSE_FILE_NAME}|(?:Docker|Container)file[\w.-]*|[\w.-]+\.Dockerfile|"
    r"(config|app|settings)([._-](example|sample|dist|default))?\.(ya?ml|toml|ini)"
    r"([._-](example|sample|dist))?|(config|settings)([._-](example|sample|dist|default))?\.json)$"
)


def _is_config(name: str, folder_depth: int) -> bool:
    return folder_depth <= APP_DEPTH + 1 and bool(_CONFIG_NAME.match(name))


def _is_requirements(name: str) -> bool:
    return name.endswith(".txt") and (name.startswith("requirements") or name in _REQ_DIR_HINT)


# Files inside a requirements/ folder have free names (base.txt, production.txt); reading
# every .txt file would be wasteful, so those folders' common names are listed.
_REQ_DIR_HINT = frozenset(
    {"base.txt", "common.txt", "prod.txt", "production.txt", "local.txt", "dev.txt", "main.txt"}
)
