"""A .NET app's port set in its own code rather than in launchSettings.json: the default of a
configuration read in its configuration classes (Sonarr's ConfigFileProvider
`GetValueInt("Port", 8989)`, Prowlarr's `GetValueInt("Port", DEFAULT_PORT)` with
`public const int DEFAULT_PORT = 9696;`)."""

from __future__ import annotations

import re

from devenv.detect.model import Choice, line_at
from devenv.detect.readable import CONFIG_FOLDERS
from devenv.detect.tree import RepoTree, join

# A configuration read of the server's own port with its default: a literal or a constant.
# Other ports (SslPort, PostgresPort, SyslogPort, Smtp:Port) are someone else's.
CONFIG_PORT = re.compile(
    r"\bGetValue(?:Int|<int>)?\s*\(\s*\"(?:(?:Kestrel|Server|Host|Http|Web)\w*:)?"
    r"(?:Http|Web|Server|Listen)?Port\"\s*,\s*(\d{2,5}|[A-Za-z_]\w*)\s*[,)]"
)


def code_port(tree: RepoTree, projects: list[str]) -> Choice[int] | None:
    """The port a configuration class of these projects (their Configuration/ folders)
    defaults to, if one does; the first project's first."""
    for project in projects:
        folder = project.rpartition("/")[0] or "."
        for sub in sorted(CONFIG_FOLDERS):
            where = join(folder, sub)
            for name in sorted(tree.names(where)):
                if name.endswith(".cs") and (found := _default(tree, join(where, name))):
                    return found
    return None


# The constant a default names (`public const int DEFAULT_PORT = 9696;`).
PORT_CONST = re.compile(r"\bconst\s+int\s+\w*(?i:port)\w*\s*=\s*\d{2,5}\s*;")


def _default(tree: RepoTree, path: str) -> Choice[int] | None:
    text = tree.text(path) or ""
    for match in CONFIG_PORT.finditer(text):
        value = match.group(1)
        if not value.isdigit():
            const = re.search(rf"\bconst\s+int\s+{value}\s*=\s*(\d{{2,5}})\s*;", text)
            if not const:
                continue
            value = const.group(1)
        if 0 < int(value) < 65536:
            line = line_at(text, match.start())
            call = match.group(0)[:-1].rstrip() + ")"  # without the arguments after it
            return Choice(int(value), (f"{path}:{line} {call}",))
    return None
