"""``python -m audit.cli`` is the ``audit`` command."""

from audit.cli import main

main()
