"""From `devenv init --yes` to a working app with no edit, on the real engine.

The app (tests/docker/apps/django-notes) is ours, shaped like many real Django projects: its
settings read the database as SQL_HOST/SQL_USER/... parts and refuse to start without
SECRET_KEY, its table exists only after `migrate`, and a form post writes to Postgres.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]

from tests.docker.conftest import Stack, free_port

pytestmark = pytest.mark.docker

APP = Path(__file__).resolve().parent / "apps" / "django-notes"
# The source belongs to someone other than the container's default user, as on a laptop.
OWNER = 4321


@pytest.fixture
def notes_stack(client: DockerClient, official_images: None, tmp_path: Path) -> Iterator[Stack]:
    name = f"t{uuid.uuid4().hex[:10]}"
    folder = tmp_path / name
    shutil.copytree(APP, folder)
    stack = Stack(name, folder, client, free_port())
    yield stack
    stack.sweep()


def fetch(url: str, form: dict[str, str] | None = None) -> str:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    with urllib.request.urlopen(url, data=data, timeout=30) as response:
        assert response.status == 200
        return str(response.read().decode())


def test_init_then_up_answers_and_a_form_post_writes_to_postgres(notes_stack: Stack) -> None:
    stack = notes_stack
    init = stack.devenv("init", "--yes", "--name", stack.name)
    assert init.returncode == 0, init.stdout + init.stderr
    spec = (stack.folder / "devenv.yaml").read_text()
    # Wired by the names the settings read, each with its evidence.
    assert re.search(r'SQL_HOST: "postgres"  # site_config/settings.py:\d+ reads it', spec)
    assert 'setup: "python manage.py migrate --noinput"' in spec
    # The test's own host port, so parallel runs never collide (not a fix-up of init's work).
    spec = spec.replace("    port: 8000", f"    port: 8000\n    host_port: {stack.app_port}")
    (stack.folder / "devenv.yaml").write_text(spec)
    subprocess.run(["chown", "-R", f"{OWNER}:{OWNER}", str(stack.folder)], check=True)

    up = stack.devenv("up", "--wait", "--wait-timeout", "300", timeout=1500)
    assert up.returncode == 0, up.stdout + up.stderr
    assert "web-setup is completed" in up.stdout + up.stderr

    url = f"http://127.0.0.1:{stack.app_port}/"
    assert "<p>postgresql</p>" in fetch(url)
    assert "<li>first note</li>" in fetch(url, {"text": "first note"})
    assert "<li>first note</li>" in fetch(url)

    # The dev server runs as the owner of the bind-mounted source (the init process that
    # starts it stays root, as with any image).
    probe = (
        "import os; print(sorted({os.stat(f'/proc/{p}').st_uid for p in os.listdir('/proc') "
        "if p.isdigit() and int(p) != os.getpid() "
        "and open(f'/proc/{p}/cmdline', 'rb').read().startswith(b'python\\0manage.py')}))"
    )
    owners = stack.devenv("exec", "web", "python", "-c", probe)
    assert owners.stdout.strip() == f"[{OWNER}]", owners.stdout + owners.stderr

    # `devenv exec` runs as the server does: what it writes in the source is the owner's.
    made = stack.devenv("exec", "web", "python", "-c", "open('made.txt', 'w').close()")
    assert made.returncode == 0, made.stderr
    assert (stack.folder / "made.txt").stat().st_uid == OWNER
    as_root = stack.devenv("exec", "--user", "0", "web", "id", "-u")
    assert as_root.stdout.strip() == "0", as_root.stdout + as_root.stderr

    down = stack.devenv("down", "--volumes", "--yes")
    assert down.returncode == 0, down.stderr


def test_up_wait_fails_when_a_process_exits(notes_stack: Stack) -> None:
    stack = notes_stack
    assert stack.devenv("init", "--yes", "--name", stack.name).returncode == 0
    spec = (stack.folder / "devenv.yaml").read_text()
    spec = spec.replace("    port: 8000", f"    port: 8000\n    host_port: {stack.app_port}")
    spec = spec.replace(
        "  web:\n", "  web:\n    processes:\n      crash: python -c 'raise SystemExit(3)'\n", 1
    )
    (stack.folder / "devenv.yaml").write_text(spec)
    up = stack.devenv("up", "--wait", "--wait-timeout", "300", timeout=1500)
    assert up.returncode != 0
    assert "web-crash exited with code 3" in up.stderr, up.stdout + up.stderr


def test_a_login_the_settings_hard_code_is_the_database_s_own(notes_stack: Stack) -> None:
    # Many tutorials spell the database out in settings.py, for the compose file's `db`.
    stack = notes_stack
    settings = stack.folder / "site_config" / "settings.py"
    text = settings.read_text()
    start, end = text.index("DATABASES = {"), text.index("\n}\n", text.index("DATABASES")) + 3
    literal = (
        'DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n'
        '        "NAME": "notesdb",\n        "USER": "notes",\n        "PASSWORD": "s3cret",\n'
        '        "HOST": "db",\n        "PORT": "5432",\n    }\n}\n'
    )
    settings.write_text(text[:start] + literal + text[end:])
    init = stack.devenv("init", "--yes", "--name", stack.name)
    assert init.returncode == 0, init.stdout + init.stderr
    spec = (stack.folder / "devenv.yaml").read_text()
    assert re.search(r'user: "notes"  # site_config/settings.py:\d+ connects with it', spec)
    spec = spec.replace("    port: 8000", f"    port: 8000\n    host_port: {stack.app_port}")
    (stack.folder / "devenv.yaml").write_text(spec)

    up = stack.devenv("up", "--wait", "--wait-timeout", "300", timeout=1500)
    assert up.returncode == 0, up.stdout + up.stderr
    url = f"http://127.0.0.1:{stack.app_port}/"
    assert "<li>hard-coded</li>" in fetch(url, {"text": "hard-coded"})
    down = stack.devenv("down", "--volumes", "--yes")
    assert down.returncode == 0, down.stderr
