"""Small Flask app backed by Postgres (greeting) and Redis (visit counter).

Dev:  flask --app app run --host 0.0.0.0 --port 8000 --reload
Prod: gunicorn --bind 0.0.0.0:8000 app:app
"""

import os
import threading

import psycopg
import redis
from flask import Flask, jsonify

# Defaults suit a local run; in containers both URLs come from the environment.
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost:5432/postgres")
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")

app = Flask(__name__)

# redis-py connects lazily and keeps a thread-safe pool, so one client per
# process is enough (it also notices gunicorn's fork and reconnects).
cache = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3, socket_timeout=3)

_schema_ready = False
_schema_lock = threading.Lock()


def _ensure_schema(conn: psycopg.Connection) -> None:
    """Create and seed the greetings table once per process."""
    global _schema_ready
    with _schema_lock:
        if _schema_ready:
            return
        with conn.transaction():
            # Several gunicorn workers may start at once: the advisory lock
            # serialises them so CREATE/INSERT cannot race each other.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('greetings'))")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS greetings ("
                " id serial PRIMARY KEY, message text NOT NULL)"
            )
            conn.execute(
                "INSERT INTO greetings (message)"
                " SELECT 'Hello from Postgres!'"
                " WHERE NOT EXISTS (SELECT 1 FROM greetings)"
            )
        _schema_ready = True


def _read_greeting() -> str:
    # A short-lived connection per request keeps the example obviously
    # correct; a pool (psycopg_pool) is the next step under real load.
    with psycopg.connect(DATABASE_URL, connect_timeout=3, autocommit=True) as conn:
        _ensure_schema(conn)
        row = conn.execute("SELECT message FROM greetings ORDER BY id LIMIT 1").fetchone()
    return row[0]


@app.get("/health")
def health():
    # Deliberately touches no backend: it answers "is this process serving?"
    return "ok", 200, {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/")
def index():
    visits = cache.incr("visits")
    return jsonify(visits=visits, greeting=_read_greeting())


@app.errorhandler(psycopg.OperationalError)
@app.errorhandler(redis.exceptions.ConnectionError)
@app.errorhandler(redis.exceptions.TimeoutError)
def backend_unavailable(err):
    # A backend that is down (or not up yet) is a 503, not a crash/500.
    app.logger.warning("backend unavailable: %s", err)
    return jsonify(error=f"backend unavailable: {type(err).__name__}"), 503
