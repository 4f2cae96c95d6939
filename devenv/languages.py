"""What devenv knows about each templated language, in one descriptor per language.

A language's versions, package managers (with the manifests its Dockerfile copies before the
source), frameworks (with their conventional commands and port) and health probes live here,
so adding a language means adding one entry, one Dockerfile template and its detection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from devenv.wiring import Wiring, aspnet, laravel, rails, spring, url_only


@dataclass(frozen=True)
class FrameworkDefaults:
    """Conventional commands and port of a framework; {port} is filled in per app."""

    dev: str | None
    prod: str | None
    port: int | None = None
    # Package manager -> its own dev command, where build tools differ (mvn vs gradle).
    dev_by: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Probes:
    """Healthcheck commands that run inside the app's own image.

    The URL (http) or port (tcp) is appended as the last argument, so a value from the spec is
    always data to the probe and never part of the code it runs.
    """

    http: tuple[str, ...]
    tcp: tuple[str, ...]


@dataclass(frozen=True)
class LanguageDefaults:
    """Per-language defaults and the combinations devenv has templates for."""

    default_version: str
    # Image tags devenv offers, oldest first; `init` picks the one nearest a constraint.
    known_versions: tuple[str, ...]
    default_port: int
    # Package manager -> the files its Dockerfile stage copies before the source: a change to
    # any of them means a rebuild even when the source is bind-mounted. The first is the default.
    package_managers: dict[str, tuple[str, ...]]
    frameworks: dict[str, FrameworkDefaults]
    probes: Probes
    wiring: Wiring = url_only
    # When no framework convention gives the prod command (its name is the project's own),
    # what to write instead; the dev command cannot stand in, the prod image has no toolchain.
    prod_hint: str | None = None


# bash is in the rust, eclipse-temurin and dotnet images, curl is not: a GET over /dev/tcp
# answers whether the status is 2xx. `bash -c SCRIPT NAME URL` puts the URL at $1.
_BASH_HTTP = (
    "bash",
    "-c",
    'u="${1#http://}"; a="${u%%/*}"; exec 3<>"/dev/tcp/${a%:*}/${a##*:}"'
    ' && printf \'GET /%s HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n\' "${u#*/}" "$a" >&3'
    ' && read -r _ status _ <&3 && [ "${status#2}" != "$status" ]',
    "probe",
)
_BASH_TCP = ("bash", "-c", 'exec 3<>"/dev/tcp/127.0.0.1/$1"', "probe")

LANGUAGES: dict[str, LanguageDefaults] = {
    "python": LanguageDefaults(
        default_version="3.13",
        known_versions=("3.9", "3.10", "3.11", "3.12", "3.13", "3.14"),
        default_port=8000,
        package_managers={
            "pip": ("requirements*.txt",),
            "poetry": ("pyproject.toml", "poetry.lock"),
            "uv": ("pyproject.toml", "uv.lock"),
        },
        frameworks={
            "django": FrameworkDefaults(
                dev="python manage.py runserver 0.0.0.0:{port}",
                prod=None,  # the WSGI module's name is the project's own: ask for it
            ),
            "flask": FrameworkDefaults(
                dev="flask --app app run --host 0.0.0.0 --port {port} --debug",
                prod="gunicorn --bind 0.0.0.0:{port} app:app",
            ),
            "fastapi": FrameworkDefaults(
                dev="uvicorn main:app --host 0.0.0.0 --port {port} --reload",
                prod="uvicorn main:app --host 0.0.0.0 --port {port}",
            ),
            "none": FrameworkDefaults(dev=None, prod=None),
        },
        probes=Probes(
            http=(
                "python",
                "-c",
                "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=4)",
            ),
            tcp=(
                "python",
                "-c",
                "import socket, sys;"
                " socket.create_connection(('127.0.0.1', int(sys.argv[1])), 4).close()",
            ),
        ),
    ),
    "node": LanguageDefaults(
        default_version="22",
        # The node template uses -bookworm-slim images, which exist from Node 18 on.
        known_versions=("18", "20", "22", "24"),
        default_port=3000,
        package_managers={
            "npm": ("package.json", "package-lock.json"),
            "yarn": ("package.json", "yarn.lock"),
            "pnpm": ("package.json", "pnpm-lock.yaml"),
        },
        frameworks={
            "express": FrameworkDefaults(dev="{pm} run dev", prod="{pm} start"),
            "next": FrameworkDefaults(dev="{pm} run dev", prod="{pm} start"),
            "nestjs": FrameworkDefaults(dev="{pm} run start:dev", prod="{pm} run start:prod"),
            "vite": FrameworkDefaults(
                dev="{pm} run dev -- --host 0.0.0.0 --port {port}",
                prod="{pm} run preview -- --host 0.0.0.0 --port {port}",
                port=5173,
            ),
            "none": FrameworkDefaults(dev="{pm} run dev", prod="{pm} start"),
        },
        # `node -e CODE ARG` puts ARG at process.argv[1].
        probes=Probes(
            http=(
                "node",
                "-e",
                "fetch(process.argv[1])"
                ".then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))",
            ),
            tcp=(
                "node",
                "-e",
                "require('node:net').connect(Number(process.argv[1]), '127.0.0.1')"
                ".on('connect', () => process.exit(0)).on('error', () => process.exit(1))",
            ),
        ),
    ),
    "go": LanguageDefaults(
        default_version="1.23",
        # The go template uses -bookworm images, which exist from Go 1.21 on.
        known_versions=("1.21", "1.22", "1.23", "1.24", "1.25"),
        default_port=8080,
        package_managers={"go": ("go.mod", "go.sum")},
        frameworks={"none": FrameworkDefaults(dev="go run {main}", prod="/usr/local/bin/app")},
        # The golang images ship curl and bash; `bash -c SCRIPT NAME ARG` puts ARG at $1.
        probes=Probes(
            http=("curl", "--fail", "--silent", "--output", "/dev/null", "--"),
            tcp=("bash", "-c", 'exec 3<>"/dev/tcp/127.0.0.1/$1"', "probe"),
        ),
    ),
    "php": LanguageDefaults(
        default_version="8.4",
        # The php template uses -cli-bookworm and -apache-bookworm images.
        known_versions=("8.1", "8.2", "8.3", "8.4", "8.5"),
        default_port=8000,
        package_managers={"composer": ("composer.json", "composer.lock")},
        # Dev runs PHP's built-in server: every request reads the source again, so edits show
        # at once. Prod serves the same code with Apache and mod_php (the template's prod stage).
        frameworks={
            "laravel": FrameworkDefaults(
                dev="php artisan serve --host=0.0.0.0 --port={port}", prod="apache2-foreground"
            ),
            "symfony": FrameworkDefaults(
                dev="php -S 0.0.0.0:{port} -t public", prod="apache2-foreground"
            ),
            "none": FrameworkDefaults(dev="php -S 0.0.0.0:{port}", prod="apache2-foreground"),
        },
        # `php -r CODE ARG` puts ARG at $argv[1].
        probes=Probes(
            http=("php", "-r", "exit(@file_get_contents($argv[1]) === false ? 1 : 0);"),
            tcp=("php", "-r", "exit(@fsockopen('127.0.0.1', (int) $argv[1]) ? 0 : 1);"),
        ),
        wiring=laravel,
    ),
    "ruby": LanguageDefaults(
        default_version="3.4",
        # The ruby template uses -bookworm images.
        known_versions=("3.1", "3.2", "3.3", "3.4", "4.0"),
        default_port=3000,
        package_managers={"bundler": ("Gemfile", "Gemfile.lock")},
        # Rails reloads code in development by itself; Sinatra and Rack apps via rackup.
        frameworks={
            "rails": FrameworkDefaults(
                dev="bin/rails server -b 0.0.0.0 -p {port}",
                prod="bundle exec puma --bind tcp://0.0.0.0:{port}",
                port=3000,
            ),
            "sinatra": FrameworkDefaults(
                dev="bundle exec rackup --host 0.0.0.0 --port {port}",
                prod="bundle exec puma --bind tcp://0.0.0.0:{port}",
                port=9292,
            ),
            # Hanami's own server reloads code in development (1.x and 2.x alike).
            "hanami": FrameworkDefaults(
                dev="bundle exec hanami server --host 0.0.0.0 --port {port}",
                prod="bundle exec puma --bind tcp://0.0.0.0:{port}",
                port=2300,
            ),
            "rack": FrameworkDefaults(
                dev="bundle exec rackup --host 0.0.0.0 --port {port}",
                prod="bundle exec puma --bind tcp://0.0.0.0:{port}",
                port=9292,
            ),
            "none": FrameworkDefaults(dev=None, prod=None),
        },
        # `ruby -e CODE ARG` puts ARG at ARGV[0].
        probes=Probes(
            http=(
                "ruby",
                "-rnet/http",
                "-e",
                "exit Net::HTTP.get_response(URI(ARGV[0])).is_a?(Net::HTTPSuccess)",
            ),
            tcp=("ruby", "-rsocket", "-e", "TCPSocket.new('127.0.0.1', Integer(ARGV[0])).close"),
        ),
        wiring=rails,
    ),
    "rust": LanguageDefaults(
        default_version="1.85",
        known_versions=tuple(f"1.{minor}" for minor in range(70, 97)),
        default_port=8080,
        package_managers={"cargo": ("Cargo.toml", "Cargo.lock")},
        # The prod image holds the release binaries on PATH: prod_command names the one to run.
        frameworks={
            name: FrameworkDefaults(dev="cargo-rerun", prod=None, port=port)
            for name, port in (("axum", 3000), ("actix", 8080), ("rocket", 8000), ("none", None))
        },
        probes=Probes(http=_BASH_HTTP, tcp=_BASH_TCP),
        prod_hint="the binary to run, e.g. `prod_command: server` (Cargo.toml's package name)",
    ),
    "java": LanguageDefaults(
        default_version="21",
        known_versions=("11", "17", "21", "25"),
        default_port=8080,
        package_managers={
            "maven": ("pom.xml",),
            "mvnw": ("pom.xml", "mvnw", ".mvn"),
            "gradle": ("build.gradle*", "settings.gradle*", "gradle.properties"),
            "gradlew": (
                "build.gradle*",
                "settings.gradle*",
                "gradle.properties",
                "gradlew",
                "gradle",
            ),
        },
        # The prod stage copies the runnable jar to /app/app.jar (Quarkus: its quarkus-app).
        frameworks={
            "spring-boot": FrameworkDefaults(
                dev="mvn{maven_module} spring-boot:run",
                prod="java -jar app.jar",
                port=8080,
                dev_by={
                    "mvnw": "./mvnw{maven_module} spring-boot:run",
                    "gradle": "gradle {gradle_project}bootRun",
                    "gradlew": "./gradlew {gradle_project}bootRun",
                },
            ),
            "quarkus": FrameworkDefaults(
                dev="mvn{maven_module} quarkus:dev -Dquarkus.http.host=0.0.0.0",
                prod="java -jar quarkus-app/quarkus-run.jar",
                port=8080,
                dev_by={
                    "mvnw": "./mvnw{maven_module} quarkus:dev -Dquarkus.http.host=0.0.0.0",
                    "gradle": "gradle {gradle_project}quarkusDev -Dquarkus.http.host=0.0.0.0",
                    "gradlew": "./gradlew {gradle_project}quarkusDev -Dquarkus.http.host=0.0.0.0",
                },
            ),
            "micronaut": FrameworkDefaults(
                dev="mvn{maven_module} mn:run",
                prod="java -jar app.jar",
                port=8080,
                dev_by={
                    "mvnw": "./mvnw{maven_module} mn:run",
                    "gradle": "gradle {gradle_project}run",
                    "gradlew": "./gradlew {gradle_project}run",
                },
            ),
            # Ktor and Vert.x servers run from their main class (Gradle's application plugin;
            # Maven's exec plugin), on 8080 unless configured.
            **{
                name: FrameworkDefaults(
                    dev="mvn{maven_module} compile exec:java",
                    prod="java -jar app.jar",
                    port=8080,
                    dev_by={
                        "mvnw": "./mvnw{maven_module} compile exec:java",
                        "gradle": "gradle {gradle_project}run",
                        "gradlew": "./gradlew {gradle_project}run",
                    },
                )
                for name in ("ktor", "vertx")
            },
            "none": FrameworkDefaults(
                dev="mvn{maven_module} compile exec:java",
                prod="java -jar app.jar",
                dev_by={
                    "mvnw": "./mvnw{maven_module} compile exec:java",
                    "gradle": "gradle {gradle_project}run",
                    "gradlew": "./gradlew {gradle_project}run",
                },
            ),
        },
        probes=Probes(http=_BASH_HTTP, tcp=_BASH_TCP),
        wiring=spring,
    ),
    "dotnet": LanguageDefaults(
        default_version="8.0",
        known_versions=("6.0", "7.0", "8.0", "9.0", "10.0"),
        default_port=8080,
        package_managers={
            "dotnet": (
                "*.csproj",
                "*.fsproj",
                "*.sln",
                "global.json",
                "nuget.config",
                "Directory.*.props",
            )
        },
        # The prod stage holds the published app in /app: prod_command names its dll.
        frameworks={
            "aspnet": FrameworkDefaults(
                dev="dotnet watch --project {main} run --no-launch-profile --urls http://0.0.0.0:{port}",
                prod=None,
                port=8080,
            ),
            "none": FrameworkDefaults(
                dev="dotnet watch --project {main} run --no-launch-profile", prod=None
            ),
        },
        probes=Probes(http=_BASH_HTTP, tcp=_BASH_TCP),
        wiring=aspnet,
        prod_hint="the published dll, e.g. `prod_command: dotnet Api.dll` (the .csproj's name)",
    ),
}


def default_package_manager(language: str) -> str:
    return next(iter(LANGUAGES[language].package_managers))


def manifests(language: str, package_manager: str) -> tuple[str, ...]:
    """The files an app's image installs dependencies from, before its source is copied."""
    return LANGUAGES[language].package_managers[package_manager]
