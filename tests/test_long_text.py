"""Every text field at the longest the file format allows still makes a readable PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader

from cxassess.core.demo import demo_workshop
from cxassess.core.document import AgreedScore, RoadmapItem
from cxassess.report.pdf import build_report

WORDS = "customers tell us the delivery promise slipped again and nobody owned the fix "


def _filled(limit: int, words: bool = True) -> str:
    if not words:
        return "x" * limit  # one unbreakable word
    return (WORDS * (limit // len(WORDS) + 1))[:limit].strip()


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_field_at_its_maximum_renders(shipped):
    doc = demo_workshop(shipped)
    doc.organisation = _filled(500)
    doc.team = _filled(500, words=False)
    doc.facilitator = _filled(500)
    first = doc.participants[0]
    first.name = _filled(200, words=False)
    first.role = _filled(500)
    qid = next(iter(first.answers))
    first.answers[qid].comment = _filled(20_000)
    doc.participants[1].answers[qid].comment = _filled(20_000, words=False)
    doc.agreed_questions[qid] = AgreedScore(score=3, rationale=_filled(20_000))
    doc.agreed_dimensions["commitment"] = AgreedScore(score=3, rationale=_filled(20_000))
    doc.roadmap.insert(
        0,
        RoadmapItem(
            action=_filled(2000),
            owner=_filled(500),
            kpi=_filled(500),
            reason=_filled(500),
            notes=_filled(20_000),
            horizon="now",
        ),
    )
    doc.roadmap.insert(1, RoadmapItem(action=_filled(2000, words=False), notes="n" * 20_000))
    pdf = build_report(doc)
    pages = _pages(pdf)
    text = " ".join(" ".join(p.split()) for p in pages)
    # the long action is in the roadmap in full, and shortened visibly in the summary
    assert _filled(2000)[-60:].strip() in text
    summary = " ".join(pages[1].split())
    assert "Executive summary" in summary and "…" in summary
    # the summary still fits its page: the next page starts the findings, nothing of it spills
    assert pages[2].startswith("Findings, and the decision each asks for")
    assert "Where to start" in pages[1] and "Where to start" not in pages[2]


def test_three_thousand_words_of_notes_render(shipped):
    doc = demo_workshop(shipped)
    doc.roadmap[0].notes = " ".join(["lorem"] * 3000)
    doc.roadmap[0].action = "w " * 998 + "end"  # 1,999 characters: the most an action holds
    pages = _pages(build_report(doc))
    assert sum("lorem" in p for p in pages) >= 2  # the notes flow over more than one page
