"""A small HTTP client for the Docker Engine API over its local socket, from the standard library.

The calls `up`, `down` and `ps` make are short JSON requests: sending them over a plain socket
spares every command the import of docker-py and requests (a large part of devenv's start-up),
and never consults proxy settings for a local socket. Streaming calls (builds, pulls, following
logs, interactive exec) still go through docker-py, imported only when one is made.
"""

from __future__ import annotations

import json
import socket
import threading
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from devenv.errors import EngineUnreachable, OperationFailed

CONNECT_TIMEOUT = 5
# Long enough for a container that takes its time to stop.
CALL_TIMEOUT = 900
START_HINT = "Start it (e.g. `sudo systemctl start docker`), or point DOCKER_HOST at it."


class NotFound(Exception):
    """The engine has no such object (404)."""


class EngineRefused(OperationFailed):
    """The engine answered a call with an error (a conflict, a bad request, a busy object)."""

    def __init__(self, message: str, explanation: str, status: int = 0) -> None:
        super().__init__(message)
        self.explanation = explanation
        self.status = status


class _Connection:
    """One HTTP/1.1 keep-alive connection, spoken by hand: http.client would pull in the email
    package and ssl, which a local socket never needs."""

    def __init__(self, address: str, timeout: float) -> None:
        parts = urlsplit(address)
        if parts.scheme == "unix":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            where: Any = parts.path
        else:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            where = (parts.hostname or "localhost", parts.port or 2375)
        sock.settimeout(CONNECT_TIMEOUT)
        try:
            sock.connect(where)
        except OSError:
            sock.close()
            raise
        sock.settimeout(timeout)
        self.sock = sock
        self.reader = sock.makefile("rb")

    def close(self) -> None:
        self.reader.close()
        self.sock.close()

    def exchange(self, method: str, url: str, payload: bytes | None) -> tuple[int, bytes, bool]:
        """Send one request; the status, the body, and whether the connection stays usable."""
        head = [f"{method} {url} HTTP/1.1", "Host: docker", "User-Agent: devenv"]
        if payload is not None:
            head += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        elif method in ("POST", "PUT"):
            head.append("Content-Length: 0")
        self.sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + (payload or b""))
        status_line = self.reader.readline()
        if not status_line:
            raise ConnectionResetError("the engine closed the connection")
        status = int(status_line.split()[1])
        headers: dict[str, str] = {}
        while (line := self.reader.readline()) not in (b"\r\n", b"\n", b""):
            key, _, value = line.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        keep = headers.get("connection", "").lower() != "close"
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = self._chunked()
        elif "content-length" in headers:
            body = self.reader.read(int(headers["content-length"]))
        elif status in (204, 304) or method == "HEAD":
            body = b""
        else:
            body, keep = self.reader.read(), False
        return status, body, keep

    def _chunked(self) -> bytes:
        body = bytearray()
        while True:
            size = int(self.reader.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.reader.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return bytes(body)
            body += self.reader.read(size)
            self.reader.readline()


def supported(address: str) -> bool:
    """Whether this client can speak to the address (a local socket or plain TCP)."""
    return address.startswith(("unix://", "tcp://", "http://"))


class Transport:
    """One keep-alive connection per thread to the engine at `address`."""

    def __init__(self, address: str, timeout: float = CALL_TIMEOUT) -> None:
        self.address = address
        self.timeout = timeout
        self._local = threading.local()

    def _connection(self) -> _Connection:
        found: _Connection | None = getattr(self._local, "connection", None)
        if found is None:
            found = _Connection(self.address, self.timeout)
            self._local.connection = found
        return found

    def request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        body: Any = None,
        *,
        what: str = "",
        raw: bool = False,
    ) -> Any:
        """One call; the decoded JSON answer (or the raw bytes). 404 raises NotFound, other
        errors EngineRefused naming the call; a lost connection is EngineUnreachable."""
        url = path + ("?" + urlencode(params) if params else "")
        payload = json.dumps(body).encode() if body is not None else None
        for attempt in (1, 2):
            connection: _Connection | None = None
            try:
                connection = self._connection()
                status, data, keep = connection.exchange(method, url, payload)
                if not keep:
                    connection.close()
                    self._local.connection = None
                break
            except (OSError, ValueError, IndexError) as error:
                if connection is not None:
                    connection.close()
                self._local.connection = None
                unreachable = isinstance(
                    error,
                    (FileNotFoundError, ConnectionRefusedError, PermissionError, socket.timeout),
                )
                if unreachable:
                    raise EngineUnreachable(
                        f"cannot reach the Docker Engine at {self.address}: {_reason(error)}",
                        hint=START_HINT,
                    ) from None
                # A kept-alive connection the engine closed meanwhile: try once on a new one.
                if attempt == 2:
                    raise EngineUnreachable(
                        f"lost the connection to the Docker Engine at {self.address}",
                        hint="Check that it is still running, then run the command again.",
                    ) from None
        if status == 404:
            raise NotFound(_message(data))
        if status >= 400:
            explanation = _message(data)
            raise EngineRefused(
                f"the Docker Engine refused {what or method.lower() + ' ' + path}: {explanation}",
                explanation,
                status,
            )
        if raw:
            return data
        return json.loads(data) if data.strip() else None


def _reason(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, PermissionError):
        return "permission denied"
    return f"no answer within {CONNECT_TIMEOUT} seconds"


def _message(data: bytes) -> str:
    try:
        return str(json.loads(data).get("message") or "").strip() or data.decode(errors="replace")
    except (ValueError, AttributeError):
        return data.decode("utf-8", errors="replace").strip()


def path(template: str, *names: str) -> str:
    """An API path with each name quoted: `path("/containers/{}/start", name)`."""
    return template.format(*(quote(n, safe="") for n in names))


def filters(**wanted: str) -> dict[str, str]:
    return {"filters": json.dumps({key: [value] for key, value in wanted.items()})}


def demux(data: bytes) -> bytes:
    """The output of a container without a TTY, from the engine's framed stream: each frame is
    an 8-byte header (stream, 0, 0, 0, big-endian length) and its payload."""
    if not data or data[0] not in (0, 1, 2) or data[1:4] != b"\0\0\0":
        return data  # a TTY container's output is not framed
    out = bytearray()
    position = 0
    while position + 8 <= len(data):
        size = int.from_bytes(data[position + 4 : position + 8], "big")
        out += data[position + 8 : position + 8 + size]
        position += 8 + size
    return bytes(out)
