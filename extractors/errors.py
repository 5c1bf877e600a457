"""Errors an extractor raises for a file it cannot read.

The message is shown to a clerk as is: it names what is wrong and what to
do, never a Python exception.
"""


class ExtractionError(Exception):
    """A file that cannot be read; str(error) is the clerk-facing reason."""


class OverLimit(ExtractionError):
    """A file stopped at one of its limits (a helper program ran out of the file's time): it counts
    towards setting the file aside (extractors/limits.py)."""
