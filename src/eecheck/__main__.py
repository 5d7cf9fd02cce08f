"""``python -m eecheck``: the same as the ``eecheck`` command."""

from eecheck.cli import main

main()
