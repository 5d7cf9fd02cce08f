"""The patterns of STR003, INT002 and INT003, read from their rule files, against tables of near misses.

The fixture folders test each rule end to end; these tables pin the edges of
the patterns themselves, one sentence at a time.
"""

from __future__ import annotations

import pytest

from eecheck.kinds.text_search import matcher_from
from eecheck.rules import load_catalogue
from eecheck.text.patterns import regex_matcher

CATALOGUE = load_catalogue()


def _rule(code: str):
    rule = CATALOGUE.rule(code)
    assert rule is not None
    return rule


@pytest.mark.parametrize(
    ("title", "is_question"),
    [
        ("To What Extent Did Ideology Cause the Sino-Soviet Split?", True),
        ("To what extent did ideology cause the split", True),
        ("In What Ways Did Ideology Matter", True),
        ("How Did the Sino-Soviet Split Begin", True),
        ("How Far Did Ideology Drive the Split", True),
        ("How Significant Was the Secret Speech", True),
        ("Why Did Stalin Trust Mao", True),
        ("What Role Did Ideology Play in the Split", True),
        ("What Was the Role of Ideology", True),
        ("What Caused the Sino-Soviet Split", True),
        ("Who Was to Blame", True),
        ("Mao and Khrushchev: Who Was to Blame for the Split", True),
        ("Who Was to Blame? Explaining the Sino-Soviet Split", True),
        ("Was Khrushchev to Blame for the Split", True),
        ("Did Ideology Cause the Split", True),
        ("Does Money Buy Happiness", True),
        ("Is Remote Learning Effective", True),
        ("Can Carbon Taxes Reduce Emissions in Sweden", True),
        ("The Sino-Soviet Split", False),
        ("How the Sino-Soviet Split Began", False),
        ("How the Sino-Soviet Split Began: Ideology and Rivalry, 1956–1963", False),
        ("How Mao Was Betrayed", False),
        ("Why Stalin Trusted Mao", False),
        ("What the Archives Reveal about the Sino-Soviet Split", False),
        ("What Was Lost: Brexit and the Fishing Industry", False),
        ("Comrades in Arms? China, the Soviet Union and the Korean War", False),
        ("Lenin’s “What Is to Be Done?” and the Bolshevik Party", False),
        ("The Sino-Soviet Split of 1963: Ideology, Equality and Personal Rivalry", False),
        ("May 1968: Student Protests in Paris", False),
        ("Can Recycling in Singapore", False),
        ("Will and Representation in Schopenhauer", False),
        ("Do and Die: The Chittagong Uprising", False),
        ("Islands of Dissent", False),
        ("Washington and the Cuban Missile Crisis", False),
    ],
)
def test_str003_title_is_question(title, is_question):
    match = matcher_from(_rule("STR003").params).spans(title)
    # One match for the whole title, however many ways it is a question.
    assert [m.text for m in match] == ([title] if is_question else [])


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("The speech is at https://www.youtube.com/watch?v=abc123.", ["https://www.youtube.com/watch?v=abc123"]),
        ("(youtu.be/abc123)", ["youtu.be/abc123"]),
        ("Data: drive.google.com/drive/folders/1Ab; notes", ["drive.google.com/drive/folders/1Ab"]),
        ("See https://forms.gle/x1Y2 for the survey", ["https://forms.gle/x1Y2"]),
        ("my padlet.com/wall board, and vimeo.com/123", ["padlet.com/wall", "vimeo.com/123"]),
        ("files on school.sharepoint.com/sites/ee", ["school.sharepoint.com/sites/ee"]),
        ("Please watch the following clip carefully", ["watch the following"]),
        ("For his reaction, see the video.", ["see the video"]),
        ("see the video below", ["see the video below"]),
        ("Listen to the recording here to hear it", ["Listen to the recording here"]),
        ("Scan the QR code to hear the interview", ["Scan the QR code"]),
        ("the QR code below links to it", ["QR code below"]),
        ("click on the link", ["click on the link"]),
        ("follow this link: https://example.org", ["follow this link:"]),
        ("The raw data can be accessed via the following link", ["can be accessed via the following link"]),
        ("the attached spreadsheet shows", ["the attached spreadsheet"]),
        # Near misses: a video as a source, links between ideas, QR codes as a topic.
        ("The Pathé newsreel, available on YouTube, shows the crowds.", []),
        ("Viewers who see the video today notice the silence.", []),
        ("The link between inflation and wages is weak.", []),
        ("We follow the link between ideology and power.", []),
        ("QR code payments grew by 40 per cent in Shenzhen.", []),
        ("I conducted an online survey of 40 traders.", []),
        ("A YouTube video by the BBC (2019) shows the march.", []),
        ("https://www.worldbank.org/en/publication/globalfindex", []),
    ],
)
def test_int002_external_media(text, matches):
    assert [m.text for m in matcher_from(_rule("INT002").params).spans(text)] == matches


def _ai(text: str) -> tuple[str | None, list[str]]:
    """The first AI citation in ``text``, and what it lacks."""
    params = _rule("INT003").params
    found = regex_matcher(params["if"], ignore_case=True).search(text)
    missing = [
        name for name, source in params["then"].items() if regex_matcher(source, ignore_case=True).search(text) is None
    ]
    return (found.text if found else None), missing


BOTH = ["the prompt", "the date generated"]


@pytest.mark.parametrize(
    ("text", "citation", "missing"),
    [
        (
            "OpenAI. (2024). ChatGPT (GPT-4o version) [Large language model]. https://chatgpt.com/",
            "OpenAI. (2024). ChatGPT",
            BOTH,
        ),
        ("ChatGPT (Mar 14 version) [Large language model]. OpenAI, 2023.", "ChatGPT (Mar 14 version", BOTH),
        (
            "Text generated by ChatGPT, OpenAI, March 7, 2023, https://chat.openai.com/chat.",
            "generated by ChatGPT",
            ["the prompt"],
        ),
        ("ChatGPT, response to “Explain the split,” OpenAI, March 7, 2023.", "ChatGPT, response to", []),
        (
            "“Describe the symbolism of the green light” prompt. ChatGPT, 13 Feb. version, OpenAI, 8 Mar. 2023, "
            "chat.openai.com/chat.",
            "ChatGPT, 13 Feb. version",
            [],
        ),
        (
            "Anthropic. Claude 3.5 Sonnet. Prompt: “Summarise the Bucharest conference”. 2025-03-04.",
            "Anthropic. Claude 3.5 Sonnet",
            [],
        ),
        ("Google. (2024). Gemini 1.5 Pro [Large language model].", "Google. (2024). Gemini 1.5 Pro", BOTH),
        ("Figure 2: Image generated by DALL-E 3 (OpenAI, 2024).", "generated by DALL-E 3", BOTH),
        ("Output from Google Gemini, 4 March 2025.", "Output from Google Gemini", ["the prompt"]),
        (
            "The translation was produced with DeepSeek when asked “Translate this letter” on 04/03/2025.",
            "produced with DeepSeek",
            [],
        ),
        ("Conversation with Claude 3 Opus (Anthropic), claude.ai/chat/123", "Conversation with Claude 3 Opus", BOTH),
        ("Image generated by AI.", "generated by AI", BOTH),
        # Not citations: a tool named as the subject, people, spacecraft, Shakespeare, animals.
        ("ChatGPT was released by OpenAI in November 2022.", None, BOTH),
        ("Essays generated by ChatGPT scored lower than essays written by students.", None, BOTH),
        ("Claude Lévi-Strauss wrote about myth; Claude Monet painted it.", None, BOTH),
        ("Gemini 4 carried Ed White on the first American spacewalk.", None, BOTH),
        ("The Bard wrote of kings; the copilot radioed the tower.", None, BOTH),
        ("Llamas carried silver from Potosí, a response to the demand of the mint.", None, BOTH),
        ("Grammarly flagged my spelling.", None, BOTH),
        ("A piece composed by Claude Debussy in 1905.", None, BOTH),
        ("OpenAI (2023) GPT-4 technical report. arXiv:2303.08774.", None, BOTH),
    ],
)
def test_int003_ai_citations(text, citation, missing):
    assert _ai(text) == (citation, missing)
