"""Kinds of checks: the code behind rules. Rules (YAML in rules/) name a kind.

Each kind is one module exposing ``KIND``, a :class:`eecheck.kinds.base.Kind`.
The table below is explicit on purpose: no plugin discovery, no import-time
registration, so a reader sees every kind in one place.
"""

from __future__ import annotations

from eecheck.kinds import (
    access_date,
    anonymity,
    bibliography_order,
    bibliography_uncited,
    citation_style,
    citation_unresolved,
    conditional,
    declared_word_count,
    existence,
    explanatory_notes,
    file_size,
    font_size,
    footnote_orphan,
    footnote_sequence,
    ibid_misuse,
    interdisciplinary_title_page,
    line_spacing,
    occurrence,
    page_numbers,
    prose_in_tables,
    quotation_uncited,
    recency,
    reference_incomplete,
    required_sections,
    research_question,
    section_order,
    section_present,
    title_page,
    unused_suppression,
    word_limit,
)
from eecheck.kinds.base import Kind

KINDS: dict[str, Kind] = {
    word_limit.KIND.name: word_limit.KIND,
    declared_word_count.KIND.name: declared_word_count.KIND,
    unused_suppression.KIND.name: unused_suppression.KIND,
    existence.KIND.name: existence.KIND,
    occurrence.KIND.name: occurrence.KIND,
    conditional.KIND.name: conditional.KIND,
    recency.KIND.name: recency.KIND,
    explanatory_notes.KIND.name: explanatory_notes.KIND,
    prose_in_tables.KIND.name: prose_in_tables.KIND,
    title_page.KIND.name: title_page.KIND,
    research_question.KIND.name: research_question.KIND,
    required_sections.KIND.name: required_sections.KIND,
    section_order.KIND.name: section_order.KIND,
    section_present.KIND.name: section_present.KIND,
    page_numbers.KIND.name: page_numbers.KIND,
    interdisciplinary_title_page.KIND.name: interdisciplinary_title_page.KIND,
    anonymity.KIND.name: anonymity.KIND,
    anonymity.PLACEHOLDER_KIND.name: anonymity.PLACEHOLDER_KIND,
    file_size.KIND.name: file_size.KIND,
    font_size.KIND.name: font_size.KIND,
    line_spacing.KIND.name: line_spacing.KIND,
    bibliography_order.KIND.name: bibliography_order.KIND,
    access_date.KIND.name: access_date.KIND,
    reference_incomplete.KIND.name: reference_incomplete.KIND,
    citation_unresolved.KIND.name: citation_unresolved.KIND,
    bibliography_uncited.KIND.name: bibliography_uncited.KIND,
    citation_style.KIND.name: citation_style.KIND,
    quotation_uncited.KIND.name: quotation_uncited.KIND,
    ibid_misuse.KIND.name: ibid_misuse.KIND,
    footnote_sequence.KIND.name: footnote_sequence.KIND,
    footnote_orphan.KIND.name: footnote_orphan.KIND,
}
