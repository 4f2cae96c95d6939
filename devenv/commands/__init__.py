"""One module per group of related commands; cli.py puts them together."""
