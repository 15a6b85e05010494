"""Quality-estimation backends behind one interface: segments in, scores out.

A backend is chosen with ``--qe NAME[:ARG]`` (repeatable; :func:`audit.qe.registry.make_backends`):

- ``builtin`` (default, :mod:`audit.qe.builtin`): target-only score in [0, 1] from rule findings,
  syllable validity, a syllable fluency model (:mod:`audit.lang.syllable_lm`) and language id;
- ``sacrebleu[:postedit]`` (:mod:`audit.qe.sacrebleu_backend`): chrF, BLEU, TER/HTER against references;
- ``comet:PATH_OR_NAME`` (:mod:`audit.qe.comet_backend`, extra ``mt-audit[comet]``): COMET / CometKiwi
  from a local checkpoint or the local Hugging Face cache, scores cached in SQLite (:mod:`audit.qe.cache`).
"""
