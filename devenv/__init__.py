"""devenv: get a repository running in Docker from one short spec."""

__version__ = "0.1.0"
