"""mt-audit: find what machine translation broke, score every segment, rank what needs a human."""

__version__ = "0.1.0"
