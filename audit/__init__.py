"""mt-audit: find what machine translation broke, score every segment, rank what needs a human."""

__version__ = "0.1.0"

from audit import pattern_cache as _pattern_cache

_pattern_cache.install()  # before the modules compile their patterns: re compiles them from last run's code
