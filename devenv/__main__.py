"""Allow `python -m devenv`."""

from devenv.cli import main

main()
