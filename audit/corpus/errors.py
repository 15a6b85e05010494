"""Input errors: a clear message naming the file and, when known, the line."""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as the format it claims. The run goes on with other files."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        # Picklable with its fields, so errors found in worker processes reach the main process.
        return (InputError, (self.path, self.message, self.line))

    def to_json(self) -> dict[str, object]:
        return {"file": self.path, "line": self.line, "message": self.message}


class InputNote(InputError):
    """Something a user should know about a file that was read all the same (a field of the records left
    unread, a default field read for one named with --field): a note on standard error and in summary.json's
    ``input_notes``; it does not change the exit status."""

    def __reduce__(self) -> tuple[type[InputNote], tuple[str, str, int | None]]:
        return (InputNote, (self.path, self.message, self.line))
