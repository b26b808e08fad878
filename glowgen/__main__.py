"""`python -m glowgen` runs the command-line interface."""

from glowgen.cli import main

main()
