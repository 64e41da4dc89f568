"""A comment shown without its name must not name its writer by what it says.

"In practice it falls to me as COO" was printed unattributed beside a plan that names the
chief operating officer: the one person who holds the role was given away to the rest of
the executive team."""

from __future__ import annotations

import io

from helpers import doc_with, person
from pypdf import PdfReader

from cxassess.core.comments import statement_comments, withheld
from cxassess.core.demo import demo_workshop
from cxassess.report.pdf import build_report

COO = "In practice it falls to me as COO, but it is not in anyone's job."
ABOUT_SALES = "Sales bonuses are all new premium; complaints count for nothing."
SHARED_ROLE = "As a claims handler I see the same customer call three times."
OWN_UNIT = "In Finance we never see a customer figure."
OWN_NAME = "Ana Ruiz asked for this twice and heard nothing back."
PLAIN = "Nobody owns the shared inbox."


def _team(small_q):
    def said(name, role, unit, comment):
        p = person(name, {"a1": 3, "a2": 3, "b1": 3, "b2": 3}, role)
        p.unit = unit
        p.answers["a1"].comment = comment
        return p

    people = [
        said("Tom Reid", "Leadership", "Head office", COO),
        said("Ana Ruiz", "Leadership", "Head office", OWN_NAME),
        said("Dan Moss", "Leadership", "Head office", PLAIN),
        said("Grace O'Neill", "Sales", "Head office", ABOUT_SALES),
        said("Helen Price", "Finance", "Finance", OWN_UNIT),
        *[said(f"Handler {i}", "Claims handler", "Claims", SHARED_ROLE) for i in range(3)],
    ]
    doc = doc_with(small_q, people)
    doc.owners = {"Chief operating officer": "Tom Reid"}
    return doc


def test_a_comment_that_says_who_wrote_it_is_left_out_where_names_are_not_shown(small_q):
    doc = _team(small_q)
    shown = statement_comments(doc, "a1")
    # The role only Tom holds, the unit only Helen is in, Ana's own name: left out.
    assert COO not in shown and OWN_UNIT not in shown and OWN_NAME not in shown
    # A role as the subject, not the writer; a role three people share; a plain comment.
    assert ABOUT_SALES in shown and SHARED_ROLE in shown and PLAIN in shown
    reasons = {p.name: why for p, _, why in withheld(doc)}
    assert set(reasons) == {"Tom Reid", "Helen Price", "Ana Ruiz"}
    assert "Chief operating officer" in reasons["Tom Reid"]


def test_the_report_leaves_it_out_says_so_and_a_named_copy_keeps_it(small_q):
    doc = _team(small_q)

    def text(**kwargs) -> str:
        pages = PdfReader(io.BytesIO(build_report(doc, **kwargs))).pages
        return " ".join(" ".join(p.extract_text().split()) for p in pages)

    plain = text()
    assert "falls to me as COO" not in plain and "In Finance we never" not in plain
    assert "3 comments are not shown: each says who wrote it" in plain
    assert "Nobody owns the shared inbox." in plain
    named = text(named=True)
    assert "falls to me as COO" in named and "not shown" not in named


def test_the_demo_workshop_loses_no_comment(shipped):
    # Its comments speak of the organisation, not of who wrote them.
    assert withheld(demo_workshop(shipped)) == []


def test_the_results_screen_says_a_comment_is_left_out_without_showing_it(
    qtbot, window, tmp_path, shipped
):
    from cxassess.core.discussion import discussion_list
    from cxassess.core.scoring import score_document
    from cxassess.core.storage import save_document

    doc = demo_workshop(shipped)
    qid = next(i.question_id for i in discussion_list(shipped, score_document(doc)) if i.proposed)
    writer = next(p for p in doc.participants if qid in p.answers)
    writer.answers[qid].comment = "It falls to me as COO to chase this, and I do not."
    doc.owners = {**doc.owners, "Chief operating officer": writer.name}
    path = tmp_path / "demo.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    window.show_page("results")
    page = window.page("results")
    page.tabs.setCurrentIndex(page.agenda_index)
    page.agenda.setCurrentRow(page._agenda_ids.index(qid))
    shown = page.agenda_comments.text()
    assert page.agenda_comments.isVisible()
    assert "me as COO" not in shown and writer.name not in shown
    assert "1 not shown: it says who wrote it." in shown
