"""Rule tests for what a repository's own run commands say: the packages a workspace root's
scripts run, and the port a compose service's command serves a Python app on."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import pkg
from tests.unit.test_detect_rules import plan_of


def apps_of(files: dict[str, str]) -> dict[str, int | None]:
    apps = plan_of(files)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def test_a_root_script_running_every_library_by_glob_names_no_playground() -> None:
    # tryabby/abby: `dev:packages: turbo run dev --filter=./packages/*` watches the SDKs;
    # the Svelte SDK's `vite dev` is its playground, not an app.
    scripts = {"dev": "turbo run dev --filter=./apps/web", "dev:packages": ""}
    sdk = pkg(
        name="@x/svelte",
        main="dist/index.umd.cjs",
        scripts={"dev": "vite dev", "build": "vite build"},
        devDependencies={"vite": "5"},
    )
    files = {
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/web/package.json": pkg(scripts={"dev": "next dev"}, dependencies={"next": "14"}),
        "packages/svelte/package.json": sdk,
    }
    globbed = {**scripts, "dev:packages": "turbo run dev --filter=./packages/*"}
    assert list(apps_of({**files, "package.json": pkg(scripts=globbed)})) == ["apps/web"]
    # Named by the root's filter, the package is what its developers work on.
    named = {**scripts, "dev:packages": "turbo run dev --filter=./packages/svelte"}
    found = apps_of({**files, "package.json": pkg(scripts=named)})
    assert sorted(found) == ["apps/web", "packages/svelte"]


DJANGO = {
    "requirements.txt": "django\n",
    "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")\n',
    "proj/__init__.py": "",
    "proj/settings.py": "",
}


def test_a_compose_commands_runserver_address_gives_djangos_port() -> None:
    compose = (
        "services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8001\n"
    )
    assert apps_of({**DJANGO, "docker-compose.yml": compose}) == {".": 8001}


def test_a_service_built_from_the_root_runs_the_folder_it_mounts() -> None:
    # libretime: the api service builds the root Dockerfile's target and mounts ./api:/src,
    # `command: /usr/local/bin/libretime-api runserver 0.0.0.0:9001`.
    files = {f"api/{k}": v for k, v in DJANGO.items()}
    service = "  api:\n    build:\n      context: .\n    volumes:\n      - ./api:/src\n"
    command = "    command: /usr/local/bin/libretime-api runserver 0.0.0.0:9001\n"
    compose = "services:\n" + service + command
    assert apps_of({**files, "docker-compose.yml": compose}) == {"api": 9001}
    unmounted = "services:\n  api:\n    build:\n      context: .\n" + command
    assert apps_of({**files, "docker-compose.yml": unmounted}) == {"api": 8000}


def test_a_root_dev_script_run_through_concurrently_names_the_packages_it_runs() -> None:
    # msgbyte/tianji: `dev: concurrently npm:dev:server npm:dev:web`, each a `cd` into a
    # package; a Cloudflare worker in apps/ is started apart, not by the root's dev.
    root = {
        "dev": "concurrently --kill-others npm:dev:server npm:dev:web",
        "dev:server": "cd src/server && pnpm dev",
        "dev:web": "cd src/client && pnpm dev",
    }
    files = {
        "pnpm-workspace.yaml": "packages:\n  - src/*\n  - apps/*\n",
        "package.json": pkg(scripts=root),
        "src/server/package.json": pkg(
            scripts={"dev": "tsx watch ./main.ts"}, dependencies={"express": "4"}
        ),
        "src/client/package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
        "apps/trigger/package.json": pkg(
            scripts={"dev": "wrangler dev"}, devDependencies={"wrangler": "4"}
        ),
    }
    assert sorted(apps_of(files)) == ["src/client", "src/server"]
    quoted = {**root, "dev": 'concurrently "pnpm run dev:server" "pnpm run dev:web"'}
    assert sorted(apps_of({**files, "package.json": pkg(scripts=quoted)})) == [
        "src/client",
        "src/server",
    ]


def test_a_root_script_starting_everything_but_some_adds_no_app_beside_dev() -> None:
    # tryabby/abby: `dev` runs apps/web; `dev:all` (all but the docs) also starts the CDN
    # worker, an opt-in the developer's `dev` leaves out.
    scripts = {
        "dev": "turbo run dev --filter=./apps/web",
        "dev:all": "turbo run dev --filter=!./apps/docs",
    }
    files = {
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        "package.json": pkg(scripts=scripts),
        "apps/web/package.json": pkg(scripts={"dev": "next dev"}, dependencies={"next": "14"}),
        "apps/cdn/package.json": pkg(
            scripts={"dev": "wrangler dev src/index.ts"}, devDependencies={"wrangler": "3"}
        ),
    }
    assert list(apps_of(files)) == ["apps/web"]
    named = {**scripts, "dev:cdn": "turbo run dev --filter=./apps/cdn"}
    assert sorted(apps_of({**files, "package.json": pkg(scripts=named)})) == [
        "apps/cdn",
        "apps/web",
    ]
