"""The run's settings (picklable, sent to every worker) and the Engine each process builds from them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from audit.clock import set_as_of
from audit.config import Config
from audit.corpus import ReadOptions
from audit.corpus.records import FieldNames
from audit.model import Severity
from audit.qe.base import QEBackend
from audit.rules.base import Rule
from audit.rules.registry import select_rules, severity_overrides


@dataclass(slots=True)
class Settings:
    """Everything a worker needs to build its Engine; picklable."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    ignored_fingerprints: frozenset[str] = frozenset()
    read: ReadOptions = field(default_factory=ReadOptions)
    qe: list[str] = field(default_factory=list)
    qe_options: dict[str, Any] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)  # glob patterns of paths left out of directory walks
    ignore_file: str | None = None  # the ignore file read: not a document, where a directory walk finds it
    as_of: datetime.date | None = None  # the day the rules count as today (audit.clock)

    @classmethod
    def from_config(cls, cfg: Config, ignored: set[str], fmt: str | None = None) -> Settings:
        return cls(
            select=cfg.select,
            ignore=cfg.ignore,
            severity=severity_overrides(cfg.severity),
            ignored_fingerprints=frozenset(ignored),
            read=ReadOptions(fields=FieldNames(**cfg.fields), format=fmt),
            qe=list(cfg.qe),
            exclude=list(cfg.exclude),
            ignore_file=cfg.ignore_file,
            as_of=cfg.as_of,
        )


class Engine:
    """Rules and in-worker QE backends, instantiated once per process."""

    def __init__(self, settings: Settings) -> None:
        from audit.qe.registry import make_backends

        set_as_of(settings.as_of)  # before any rule reads the date, in every worker
        self.settings = settings
        self.rules: list[Rule] = [cls() for cls in select_rules(settings.select, settings.ignore)]
        self.backends: list[QEBackend] = make_backends(settings.qe, settings.qe_options)
        self.worker_backends = [b for b in self.backends if b.in_worker]
        self.main_backends = [b for b in self.backends if not b.in_worker]
