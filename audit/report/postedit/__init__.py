"""``audit apply``: turn review decisions into post-edited copies, a change log, ignore entries and HTER.

- Copies: every document with an edited segment is written under ``--out`` at its document
  path. Plain text gets each edit written back at the segment's original line and column
  (the rest of the file is kept byte for byte); JSONL gets the target value's token replaced in
  its line (the rest kept); TSV/CSV get the record's target field replaced; XLIFF gets the
  target's text edited in place, inline markup and the rest of the file kept byte for byte
  (:mod:`audit.report.xliff_edit`; an edit that cannot be placed around the markup is refused
  and listed, the others applied); PO, SRT and WebVTT get the edited characters replaced where the
  reader found them, escaped as the format writes them, the rest of the file kept byte for byte
  (:mod:`audit.report.mapped_edit`; an edit across a subtitle tag is refused and listed). Inputs
  are never overwritten (an output that is an input is refused).
- All or nothing: everything is computed first and written through :class:`audit.output.OutputDir`
  (a temporary folder inside ``--out``, renamed into place at the end); a failed apply writes
  nothing, and the ignore file is extended only after the outputs are in place.
- ``changes.jsonl``: one line per changed segment (before, after, hand edit or not, TER).
- The ignore file gains the fingerprints of dismissed findings only (atomically). A fingerprint names
  no document (rule + span + segment text), so an entry hides that finding in every document and
  every later run: right for a false positive, wrong for an accepted (real, fixed) error, which
  would then be hidden wherever the same MT sentence comes again (another document, a later
  batch). Accepted findings are therefore never added: the post-edited copy no longer holds them
  (its segment text, and so the fingerprint, changed), and the unedited original still does.
  A finding dismissed in a segment the review changed gets its post-edited text's fingerprint too.
- HTER: TER of the MT against its post-edit (sacrebleu), over the changed documents' content
  segments and over the changed segments alone; written to ``apply-summary.json``.

Modules: ``apply.py`` (the whole), ``run_match.py`` (the run the decisions belong to), ``copies.py`` and one per
format written back (``plaintext.py``, ``jsonl.py``, ``table.py``), ``change_log.py``, ``ignore.py`` (its new
entries, and accepted edits the copy does not show), ``common.py`` (what they share).
"""

from audit.report.postedit.apply import apply_decisions
from audit.report.postedit.common import APPLY_FILES, ApplyError, ApplyResult
from audit.report.postedit.jsonl import edit_jsonl
from audit.report.postedit.plaintext import edit_plaintext
from audit.report.postedit.table import edit_table

__all__ = ["APPLY_FILES", "ApplyError", "ApplyResult", "apply_decisions", "edit_jsonl", "edit_plaintext", "edit_table"]
