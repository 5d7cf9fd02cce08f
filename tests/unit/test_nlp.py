"""spaCy: blank English pipeline, loaded lazily, nothing downloaded."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import FIXTURES


def test_counting_words_does_not_import_spacy():
    probe = (
        "import sys; from eecheck.cli import main\n"
        "from eecheck.check import build_engine; from eecheck.config import Settings\n"
        f"r = build_engine(Settings(select=('LEN',))).check_path({str(FIXTURES / 'sino_soviet_essay.docx')!r})\n"
        "print(r.metrics['words']['countable'], 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["4403", "False"]


def test_blank_pipeline_is_loaded_once():
    from eecheck.text.nlp import nlp

    assert nlp() is nlp()  # loaded once per process
    assert nlp().meta["name"] in ("pipeline", "core_web_sm")
    assert [t.text for t in nlp()("see p. 45, cf. ch. 3")] == ["see", "p.", "45", ",", "cf.", "ch.", "3"]


def test_the_sentence_splitter_splits_academic_prose():
    from eecheck.analysis.sentences import sentences

    assert sentences(
        "Smith et al. argue that aid was conditional (see p. 45). Chen disagrees, cf. Westad, ch. 3. "
        "The split became public in 1960."
    ) == [
        "Smith et al. argue that aid was conditional (see p. 45).",
        "Chen disagrees, cf. Westad, ch. 3.",
        "The split became public in 1960.",
    ]
