"""Analysis: what kinds share, read from the document model once per document.

Owns the IB word count, citations (one grammar, one reader), bibliography
entries, citation resolution and note readings. Everything here reads only
the closed model (:mod:`eecheck.model`): nothing in this package knows which
format an essay came from. :class:`eecheck.analysis.analyses.Analyses` builds
each analysis once per document and hands it to the kinds.
"""
