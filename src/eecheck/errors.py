"""Input errors: a file eecheck cannot read is normal input, not a crash.

Each error has a stable ``kind`` (it appears in the JSON report as
``error.kind``), a message saying what is wrong and a hint saying what to do.
The CLI prints it as one line: ``eecheck: FILE: what is wrong — what to do``.
"""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as an essay."""

    def __init__(self, kind: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint

    def line(self, path: str) -> str:
        return f"eecheck: {path}: {self.message} — {self.hint}"


class UsageError(Exception):
    """A bad command line or configuration (exit status 2)."""
