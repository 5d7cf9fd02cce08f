"""spaCy, loaded lazily and once per process, without any downloaded model.

``spacy.blank("en")`` plus the rule-based sentencizer gives the token patterns
(Matcher, PhraseMatcher) that rule packs write, with nothing fetched at run
time. Sentences are not spaCy's: eecheck has one sentence splitter
(:mod:`eecheck.analysis.sentences`), and the tokenizer here keeps that
splitter's abbreviations whole.
Importing spaCy costs about a second, so nothing imports this module's
pipeline until a check asks for it. A user who has ``en_core_web_sm``
installed may opt in with ``EECHECK_SPACY_MODEL=en_core_web_sm``.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, Any

from eecheck.analysis.sentences import ABBREVIATIONS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


@cache
def nlp() -> Language:
    """The shared pipeline: a blank English tokenizer with a sentencizer."""
    import spacy
    from spacy.symbols import ORTH

    model = os.environ.get("EECHECK_SPACY_MODEL")
    pipeline = spacy.load(model) if model else spacy.blank("en")
    tokenizer: Any = pipeline.tokenizer  # typed as a plain callable in spaCy's stubs
    # A token pattern sees "p." and "ed." as one token, as the sentence splitter reads them.
    for word in ABBREVIATIONS:
        for form in {f"{word}.", f"{word.capitalize()}."}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    if "sentencizer" not in pipeline.pipe_names and "parser" not in pipeline.pipe_names:
        pipeline.add_pipe("sentencizer")
    return pipeline
