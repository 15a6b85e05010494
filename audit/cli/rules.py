"""``audit rules``: the list of rules, one rule's documentation, or a family."""

from __future__ import annotations

import shutil
import sys

import click

from audit.cli.group import main
from audit.cli.shared import fail


@main.command(short_help="List the rules, or print one rule's documentation (audit rules N101).")
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List the rules, or print the documentation of one rule (by code or name), or list a family or prefix (A, N1)."""
    from audit.rules.docs import list_rules, rule_doc
    from audit.rules.registry import all_rules, get_rule

    # on a terminal, lines wrapped to its width (its own wrapping put a summary under the codes); piped, one a rule
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    width = width if width and width >= 40 else None  # a terminal that gives no width: as piped
    if code is None:
        click.echo(list_rules(width=width))
        return
    try:
        cls = get_rule(code)
    except KeyError:
        prefix = code.upper()
        if any(c.startswith(prefix) for c in all_rules()):
            click.echo(list_rules(prefix, width=width))
            return
        fail(f"no rule {code!r}; run 'audit rules' for the list")
    click.echo(rule_doc(cls, width=min(100, width - 1)) if width else rule_doc(cls))
