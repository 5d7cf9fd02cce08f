"""Print the per-file pandoc DOCX conformance table (Markdown).

Usage: ``python tests/readers/conformance_report.py`` from the repository root
(with eecheck installed). The comparison and metric are defined and
documented in ``test_pandoc_conformance.py`` beside this script; this only
prints its table: file, eecheck words, pandoc words, agreement, verdict, and
for disagreeing files (and deliberate differences) the first differing words.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_pandoc_conformance import CORPUS, compare_all, corpus_available, report  # noqa: E402


def main() -> int:
    if not corpus_available():
        print(f"pandoc DOCX conformance corpus not found at {CORPUS.resolve()}", file=sys.stderr)
        return 2
    for line in report(compare_all()):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
