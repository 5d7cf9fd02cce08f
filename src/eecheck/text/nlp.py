"""spaCy, loaded lazily and once per process, without any downloaded model.

``spacy.blank("en")`` plus the rule-based sentencizer gives sentence splitting
and token patterns (Matcher, PhraseMatcher) with nothing fetched at run time.
Importing spaCy costs about a second, so nothing imports this module's
pipeline until a check asks for it. A user who has ``en_core_web_sm``
installed may opt in with ``EECHECK_SPACY_MODEL=en_core_web_sm``.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# The sentencizer would split after these; academic prose uses them mid-sentence.
ACADEMIC_ABBREVIATIONS = (
    "et al.",
    "p.",
    "pp.",
    "ch.",
    "chap.",
    "ed.",
    "eds.",
    "vol.",
    "vols.",
    "no.",
    "trans.",
    "repr.",
    "ibid.",
    "Ibid.",
    "op.",
    "cit.",
    "cf.",
    "e.g.",
    "i.e.",
    "c.",
    "ca.",
    "fig.",
    "Fig.",
    "n.d.",
    "approx.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "St.",
    "Jr.",
    "vs.",
)


@cache
def nlp() -> Language:
    """The shared pipeline: a blank English tokenizer with a sentencizer."""
    import spacy
    from spacy.symbols import ORTH

    model = os.environ.get("EECHECK_SPACY_MODEL")
    pipeline = spacy.load(model) if model else spacy.blank("en")
    tokenizer: Any = pipeline.tokenizer  # typed as a plain callable in spaCy's stubs
    for abbreviation in ACADEMIC_ABBREVIATIONS:
        if " " in abbreviation:
            continue
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "sentencizer" not in pipeline.pipe_names and "parser" not in pipeline.pipe_names:
        pipeline.add_pipe("sentencizer")
    return pipeline


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping "et al." and "p. 45" inside them."""
    doc = nlp()(text)
    merged: list[str] = []
    for sent in doc.sents:
        chunk = sent.text_with_ws
        # "Smith et al. (2019) argue" is split by the sentencizer after "al.".
        if merged and merged[-1].rstrip().endswith("et al."):
            merged[-1] += chunk
        else:
            merged.append(chunk)
    return [s.strip() for s in merged if s.strip()]
