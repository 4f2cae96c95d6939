"""Whatever a repository holds, detection never crashes and its devenv.yaml always validates."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from devenv.detect.plan import Choices, make_plan, spec_entries
from devenv.detect.scan import scan_repo
from devenv.detect.tree import RepoTree
from devenv.spec.load import parse_spec
from devenv.spec.write import to_yaml

FOLDERS = [".", "backend", "frontend", "apps/web", "services/api", "src", "a b", "cmd/x"]
NAMES = [
    "requirements.txt", "pyproject.toml", "Pipfile", "setup.py", "manage.py", "app.py",
    "main.py", "package.json", "go.mod", "main.go", "Procfile", ".nvmrc", ".python-version",
    "pom.xml", "Cargo.toml", "Gemfile", "yarn.lock", "Dockerfile", "__init__.py", "celery.py",
]  # fmt: skip
FRAGMENTS = [
    "flask\n", "django>=4\n", "fastapi\n", "celery[redis]\n", "psycopg2\n", "-r other.txt\n",
    "app = Flask(__name__)\n", "app = FastAPI()\n", "app = Celery('x')\n", "package main\n",
    'http.ListenAndServe(":99999", nil)\n', "if __name__ == '__main__':\n    run()\n",
    "web: gunicorn app:app --bind 0.0.0.0:$PORT\tx\n", "worker: celery -A x worker\n",
    "[project]\nrequires-python = '>=3.15'\ndependencies = ['redis', 'pymysql']\n",
    "[tool.poetry.dependencies]\npython = 'lts'\nflask = {extras = 3}\n",
    json.dumps({"scripts": {"dev": "vite --port 70000"}, "devDependencies": {"vite": "5"}}),
    json.dumps({"dependencies": {"express": "4", "pg": "8"}, "main": "server.js"}),
    json.dumps({"workspaces": ["*"], "packageManager": "yarn@4"}),
    json.dumps({"engines": {"node": 20}, "scripts": ["x"], "dependencies": []}),
    "module x\ngo 1.2x\nrequire github.com/lib/pq v1\n", "lts/iron\n", "3.12.1\n", "\x00\xff",
    'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")\n', "{", "[",
]  # fmt: skip


@st.composite
def trees(draw: st.DrawFn) -> RepoTree:
    files = {}
    for _ in range(draw(st.integers(1, 12))):
        folder = draw(st.sampled_from(FOLDERS))
        name = draw(st.sampled_from(NAMES))
        parts = draw(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=40), max_size=4))
        files[name if folder == "." else f"{folder}/{name}"] = "".join(parts)
    return RepoTree.of(files)


@settings(max_examples=300, deadline=None)
@given(trees(), st.sampled_from(["repo", "My Repo!", "-", "redis"]))
def test_any_tree_gives_a_valid_spec_or_none(tree: RepoTree, folder: str) -> None:
    plan = make_plan(scan_repo(tree), Choices(), folder)
    if plan.apps:
        parse_spec(to_yaml(spec_entries(plan)))
