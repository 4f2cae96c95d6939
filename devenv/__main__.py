"""Allow `python -m devenv`."""

from devenv.entry import main

main()
