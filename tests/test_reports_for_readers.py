"""Reports for their readers: the workshop report says what it means without template slips
or app instructions, and the statement's comments are where the discussion happens (the
results page and the presenter), without names."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta

from helpers import run_cli

from cxassess.core.demo import demo_workshop
from cxassess.core.document import AgreedScore
from cxassess.core.storage import save_document


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_the_workshop_report_reads_as_a_client_document(tmp_path, shipped):
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    dim = doc.questionnaire.dimensions[0]
    doc.agreed_dimensions[dim.id] = AgreedScore(score=2.8, rationale="")
    path = tmp_path / "demo.cxa"
    save_document(doc, path)
    pdf = tmp_path / "demo.pdf"
    done = run_cli("report", str(path), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = _pdf_text(pdf)
    scores = score_document(doc)
    # The index is said to be the same score on another scale, not a second figure.
    assert f"(on 0 to 100: {scores.overall.index:.0f})" in text
    # No app instructions, no role sentence built from a typed name, no "1 statements".
    for slip in ("in the app", "Assess again…", "often the", " 1 statements", " 1 points"):
        assert slip not in text, slip
    # The workshop's steep target (2.3 to 3.4 in one round) is not shown as the plan: the
    # round climbs one level, and the target set waits for the sponsor, by a date. The
    # default targets, a level up, are not questioned.
    assert (
        "This round: Developing (2.5). Proposed, set in the workshop: 3.4, higher within "
        "Developing, 1.1 above today; the executive sponsor confirms or stages it by 19 "
        "November 2026."
    ) in text
    assert (
        "The executive sponsor confirms the target for Ideal customer, more than one round's "
        "plan above today, or stages it, by 19 November 2026."
    ) in text
    assert text.count("more than one round's plan") == 1
    # Every step of the next steps has somebody: the facilitator sends the report.
    assert "(facilitator) sends this report to everyone who took part." in text
    # The weakest area's step is owned by a role nobody holds yet: naming one comes with
    # the check that it started.
    # ... while the answers say an executive is accountable: a claim to check, a finding of
    # its own, first, with the sponsor naming the person (or the stand-in) by that date.
    findings_page = text.split("Findings, and the decision each asks for")[1]
    assert findings_page.strip().startswith(
        "• A role the answers say is held has nobody in it. The answers put “One named "
        "executive is accountable for the customer's experience across all departments” at "
        "Developing (3.0), yet nobody could be named as Customer experience executive, who "
        "owns the plan's action “Keep one log of open customer problems"
    ), findings_page[:400]
    assert (
        "Decision: Check that answer against the executive team's list of responsibilities, "
        "or the minutes where the owner was named, and name the person who holds the role by "
        "19 November 2026; until someone does, the chief operating officer holds the role's "
        "actions in the plan."
    ) in text
    assert "The plan names nobody yet" not in text  # said once, in that finding
    # ... the same date as the plan's line on owners to name.
    assert "The sponsor names a person for each by 19 November 2026" in text
    # The results table says the same: a proposal, beside this round's step.
    assert "3.4 proposed; this round Developing (2.5)" in text
    assert "the chart's target line shows a proposed target where one is proposed" in text
    # On the line, both overall figures are given without a level each: the headline has it.
    assert "From the answers, 2.57; 2.51 with the room's agreed score for" in text
    # An agreed area score says how it was reached.
    assert f"Agreed score for {dim.title}: 2.8, set in the discussion against" in text
    # Far-apart answers keep their average, marked, and the legend says why they are listed.
    assert "an average of far-apart answers" in text
    assert "“divided”, people agree little; “far apart”, most agree" in text
    # "Weighted" is said what it means where the agenda and the roadmap use it.
    assert "here every point weighs the same within its area, and every area the same" in text
    # The agenda says what its order is, not a weighting the reader cannot find in it.
    assert "every point weighs the same here, so the order is by disagreement alone." in text
    assert "not a point's share of the overall" in text
    assert "so a point in a smaller area counts for more of the overall (Ideal customer has" in text
    # "Level with each other" only when the table shows the same figure for both.
    assert "level with each other at about" not in text


def test_the_gap_to_the_next_level_reads_from_the_figures_shown(shipped):
    from helpers import doc_with, person

    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    # Answers that average 2.46 overall: shown as 2.5, the start of Developing.
    questions = [qu.id for _, qu in shipped.questions()]
    for spread in range(1, 60):
        values = {q: (3 if i < spread else 2) for i, q in enumerate(questions)}
        doc = doc_with(shipped, [person(f"P{n}", values) for n in range(4)])
        score = score_document(doc).overall.score
        if score is not None and 2.45 <= score < 2.5:
            break
    else:
        raise AssertionError("no mix of answers gave a score just under 2.5")
    text = " ".join(i.lead + " " + i.text for i in key_insights(doc, score_document(doc)))
    assert "0.0 below" not in text
    gap = 2.5 - score_document(doc).overall.score
    assert f"{gap:.2f} below Developing" in text
    # A quarter of a point is 0.25, not 0.2.
    at = {q: (3 if i % 4 == 0 else 2) for i, q in enumerate(questions)}
    quarter = doc_with(shipped, [person(f"P{n}", at) for n in range(4)])
    gap = 2.5 - score_document(quarter).overall.score
    said = " ".join(i.lead for i in key_insights(quarter, score_document(quarter)))
    score = score_document(quarter).overall.score
    assert abs(gap - round(gap, 1)) >= 0.01, gap  # a gap one decimal would misstate
    # ... said with the score in two decimals, so the figures add up on the page.
    assert f"At {score:.2f}, {gap:.2f} below Developing" in said, said
    # A manager alone sees the same two decimals in the big figure beside it.
    import io

    from pypdf import PdfReader

    from cxassess.report.pdf import build_report

    alone = doc_with(shipped, [person("P1", at)])
    mine = score_document(alone).overall.score
    assert abs(mine - round(mine, 1)) >= 0.005  # the same answers as above: two decimals
    page = " ".join(PdfReader(io.BytesIO(build_report(alone))).pages[1].extract_text().split())
    assert f"{mine:.2f} out of 5" in page and f"{mine:.1f} out of 5" not in page


def test_a_report_for_one_person_says_nothing_of_an_agenda_it_does_not_have(shipped):
    import io

    from helpers import doc_with, person
    from pypdf import PdfReader

    from cxassess.report.pdf import build_report

    answers = {qu.id: 2 + (i % 3) for i, (_, qu) in enumerate(shipped.questions())}
    alone = doc_with(shipped, [person("Dana", answers)])
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(build_report(alone))).pages)
    flat = " ".join(text.split()).casefold()
    assert "agenda's order" not in flat and "discussion agenda" not in flat


def test_a_short_timeline_still_has_dates_to_read(shipped):
    from cxassess.report.charts import timeline_figure

    today = date(2026, 12, 3)
    items = [(f"Action {n}", today, today + timedelta(days=20 + n), "now") for n in range(4)]
    fig = timeline_figure(items, today, today + timedelta(days=40))
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert len(labels) >= 3, labels


def test_comments_are_where_the_discussion_happens_without_names(qtbot, window, tmp_path, shipped):
    from cxassess.core.comments import statement_comments

    doc = demo_workshop(shipped)
    path = tmp_path / "demo.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    names = [p.name for p in doc.participants]
    window.show_page("results")
    page = window.page("results")
    page.tabs.setCurrentIndex(page.agenda_index)
    with_comments = next(
        row for row, qid in enumerate(page._agenda_ids) if statement_comments(doc, qid)
    )
    page.agenda.setCurrentRow(with_comments)
    said = statement_comments(doc, page._agenda_ids[with_comments])
    shown = page.agenda_comments.text()
    assert page.agenda_comments.isVisible() and said[0][:60] in shown
    assert f"({len(said)}, without names)" in shown
    assert not any(name in shown for name in names)
    # The presenter shows them on the statement's slide.
    window.menu_actions["present"].trigger()
    presenter = window.presenter
    for step, item in enumerate(presenter.items, start=1):
        if statement_comments(doc, item.question_id):
            presenter.step = step
            presenter._show_step()
            break
    else:
        raise AssertionError("no proposed statement has comments in the demo")
    slide = presenter.statement.comments
    assert slide.isVisible() and "What people wrote" in slide.text()
    assert not any(name in slide.text() for name in names)
    presenter.close()


def test_findings_end_in_a_decision_for_the_room(shipped):
    from helpers import doc_with, person

    from cxassess.core.findings import findings
    from cxassess.core.scoring import score_document

    dims = shipped.dimensions
    strong = dims[0].questions[0].id
    weak = {qu.id for qu in dims[-1].questions}
    split = next(qu.id for qu in dims[1].questions if not qu.evidence)
    unseen = dims[2].questions[0].id
    people = []
    for n in range(8):
        answers = {qu.id: (1 if qu.id in weak else 3) for _, qu in shipped.questions()}
        answers[strong] = 5
        answers[split] = 1 if n % 4 < 2 else 5  # two camps, the same in each role
        answers[unseen] = None if n < 3 else 3
        people.append(person(f"P{n}", answers, "Sales" if n % 2 else "Support"))
    doc = doc_with(shipped, people)
    # "Not applicable" says the statement does not fit; it is not a finding.
    assert "Some things are not seen." not in {f.lead for f in findings(doc, score_document(doc))}
    for p in doc.participants[:3]:
        p.answers[unseen].dont_know = True
    found = {f.lead: f for f in findings(doc, score_document(doc))}
    intent = found["Strong in one place, weak in another."]
    assert dims[-1].title in intent.text
    # The decision answers the finding: the weakest area's first step. A strong point in
    # another area has nothing to show it (a call-back practice does not write a profile).
    assert intent.decision.startswith(f"Choose one action in the {dims[-1].title} area")
    assert "Take what works across" not in intent.decision
    assert "how it is done" not in intent.decision
    # The room's agreed score is the point's standing: agreed lower, it is not the strength.
    from cxassess.core.document import AgreedScore

    top = intent.text.split("“")[1].split("”")[0]
    qid = next(qu.id for _, qu in shipped.questions() if qu.text.rstrip(".") == top)
    assert "averages 3.0" in intent.text
    doc.agreed_questions[qid] = AgreedScore(score=2.0)
    again = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert top not in again.text
    # Agreed higher, another point leads, and the finding says it was agreed.
    other = next(
        qu for qu in dims[1].questions if not qu.evidence and qu.id != split and qu.id != qid
    )
    doc.agreed_questions[other.id] = AgreedScore(score=4.0)
    again = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert other.text.rstrip(".") in again.text and "agreed at 4.0" in again.text
    del doc.agreed_questions[qid], doc.agreed_questions[other.id]
    # With a plan, the decision is about the plan: the accepted action in that area, then
    # the one under way.
    from cxassess.core.document import RoadmapItem

    item = RoadmapItem(action="Fix the top five problems", dimension=dims[-1].id, owner="Ops")
    doc.roadmap = [RoadmapItem(action="Elsewhere", dimension=dims[0].id), item]
    planned = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert planned.decision.startswith("Confirm that “Fix the top five problems” starts")
    assert "starts this month under Ops" in planned.decision
    # A step done already in the area, owned by someone else, does not take the decision
    # from the owner of the step it is about.
    done = RoadmapItem(action="Done before", dimension=dims[-1].id, owner="Finance", status="done")
    doc.roadmap = [done, *doc.roadmap]
    assert (
        next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead).owner == "Ops"
    )
    doc.roadmap.remove(done)
    # A typed name or a role outside the questionnaire is not asked to be named again.
    assert "The plan names nobody yet" not in planned.decision
    # With a date, the sponsor checks half-way that it started: its owner does not confirm,
    # on the day it is due, that it began.
    item.due = doc.assessed_on + timedelta(days=40)
    dated = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert dated.owner == "the executive sponsor" and dated.within_days == 20
    assert dated.decision.startswith(f"Check on {dated.due(doc.assessed_on):%d %B %Y}, before")
    assert "has started under Ops; if it has not" in dated.decision
    # A small step due in 80 days begins three weeks before its date: the check that it
    # started comes a week after that, not half-way, when nothing was meant to start yet.
    item.due, item.effort = doc.assessed_on + timedelta(days=80), "low"
    later = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert later.within_days == 80 - 21 + 7
    # Due more than twelve weeks on, the weakest area would have nothing under way until
    # the next assessment: the sponsor has it brought forward this month instead.
    item.due = doc.assessed_on + timedelta(days=100)
    waits = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert waits.decision.startswith("Bring “Fix the top five problems” under Ops forward")
    assert "is 14 weeks away and nothing in the weakest area is under way" in waits.decision
    assert waits.owner == "the executive sponsor" and waits.within_days == 30
    item.due, item.effort = None, None
    item.status = "in_progress"
    going = next(f for f in findings(doc, score_document(doc)) if f.lead == intent.lead)
    assert going.decision.startswith("Hold the action under way, “Fix the top five problems”")
    assert "Two camps on one point." in found
    assert "3 of 8 did not know the answer" in found["Some things are not seen."].text
    # roles answered alike on the divided point: the disagreement is within roles
    assert "Roles agree with each other, so the disagreement is within roles." in found
    assert all(f.decision for f in found.values())
    # one person has no findings for a room
    solo = doc_with(shipped, people[:1])
    assert findings(solo, score_document(solo)) == []


def test_a_figure_never_sits_beside_the_level_of_another_band(shipped):
    from cxassess.report.wording import level_words

    assert level_words(shipped, 2.47) == "Aware (2.47)"  # not "Aware (2.5)" beside Developing 2.5
    assert level_words(shipped, 2.51) == "Developing (2.5)"
    assert level_words(shipped, 3.46) == "Developing (3.46)"


def test_a_quarter_later_the_report_says_how_the_level_and_the_agreement_moved(tmp_path, shipped):
    import random

    from cxassess.core.document import Answer
    from cxassess.core.followup import start_from

    sep = demo_workshop(shipped)
    sep.assessed_on = date(2026, 9, 2)
    sep_path = tmp_path / "sep.cxa"
    save_document(sep, sep_path)
    dec = start_from(sep, sep_path, date(2026, 12, 2))
    rng = random.Random(7)
    for new, old in zip(dec.participants, sep.participants, strict=True):
        new.answers = {
            k: Answer(value=None, dont_know=a.dont_know)
            if a.value is None
            else Answer(value=rng.randint(1, 5))
            for k, a in old.answers.items()
        }
    dec_path = tmp_path / "dec.cxa"
    save_document(dec, dec_path)
    pdf = tmp_path / "dec.pdf"
    assert run_cli("report", str(dec_path), "-o", str(pdf)).returncode == 0
    text = _pdf_text(pdf)
    assert "Compared with the earlier assessment, on the" in text
    assert "The overall level was" in text and "on 02 September 2026 and is" in text
    # The same twelve answered both times: the report does not ask to check that they did.
    assert "Divided points:" in text and "the same people see more differently" in text
    assert "check that the same people answered" not in text
    # Last time's target is read against today's score: met or how far short.
    from cxassess.core.scoring import score_document
    from cxassess.core.targets import targets_reached

    reached = targets_reached(sep, score_document(sep), score_document(dec))
    assert [r.dimension_id for r in reached] == [d.id for d in shipped.dimensions]
    ideal = next(r for r in reached if r.dimension_id == "ideal-customer")
    assert (ideal.target, ideal.set_by_team) == (3.4, True)
    assert not any(r.set_by_team for r in reached if r is not ideal)  # one level up
    said = f"{ideal.short:.2f} short" if not ideal.met else "met"
    part = text.split("Targets of 02 September 2026")[1][:800]
    # A paragraph may run over a page: the footer between its lines is not part of it.
    part = re.sub(r"Northwind Outdoor Gear · \S.*? Page \d+ of \d+ ", "", part)
    # 3.4 was more than a round above the score then: a proposal, so the round is judged
    # against its own step, one level up, and the proposal is named as one.
    assert ideal.step == 2.5 and ideal.aim == 2.5
    assert "Ideal customer 3.4 proposed by the team, this round Developing (2.5), now " in part
    assert said in part
    met = sum(r.met for r in reached)
    total = "None" if not met else "All" if met == len(reached) else f"{met} of {len(reached)}"
    assert f"{total} met." in part


def test_a_target_is_met_once_the_score_reaches_it(shipped):
    from cxassess.core.scoring import score_document
    from cxassess.core.targets import targets_reached

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    now = {d.dimension_id: d.score for d in scores.dimensions}
    doc.targets = {"action": now["action"], "listening": now["listening"] + 0.01}
    reached = {r.dimension_id: r for r in targets_reached(doc, scores, scores)}
    assert reached["action"].met and reached["action"].short == 0
    assert not reached["listening"].met and round(reached["listening"].short, 2) == 0.01
    # the defaults, one level up, are targets too, and none is met without a rise
    assert list(reached) == ["commitment", "ideal-customer", "listening", "action"]
    assert not reached["commitment"].set_by_team and not reached["commitment"].met


def test_areas_are_compared_on_the_figures_the_tables_show(shipped):
    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    agreed = [d for d in scores.dimensions if d.agreed is not None]
    assert agreed, "the demo agrees one area's score"
    text = " ".join(i.lead + " " + i.text for i in key_insights(doc, scores))
    for d in agreed:
        if d.title in text:
            assert f"agreed {d.agreed:.1f}" not in text or "agreed in discussion at" in text
            assert f"{d.score:.1f}" in text  # the table's figure, never swapped for the agreed one


def test_the_portfolio_never_puts_a_level_beside_another_bands_figure():
    from cxassess.report.portfolio_pdf import _level_figure

    levels = ["Reactive", "Aware", "Developing", "Established", "Customer-led"]
    data = {"level_starts": [1.0, 1.8, 2.6, 3.4, 4.2]}
    assert _level_figure("Developing", 3.38, levels, data) == "Developing (3.38)"
    assert _level_figure("Aware", 2.58, levels, data) == "Aware (2.58)"
    assert _level_figure("Established", 3.41, levels, data) == "Established (3.4)"


def test_a_managers_tied_lowest_answers_are_said_as_a_tie_and_none_is_left_unsaid(
    tmp_path, shipped
):
    from helpers import doc_with, person

    from cxassess.core.roadmap import regenerate_roadmap

    statements = [qu for _, qu in shipped.questions()]
    lowest = [statements[i] for i in (0, 13, 22, 30)]  # one in each area
    # Areas apart, so that the strongest and weakest are named with the lowest points.
    answers = {qu.id: 4 if d.id == "commitment" else 3 for d, qu in shipped.questions()}
    answers.update({qu.id: 1 for qu in lowest})
    doc = doc_with(shipped, [person("Me", answers)], organisation="Solo Ltd")
    regenerate_roadmap(doc)
    path = tmp_path / "solo.cxa"
    save_document(doc, path)
    assert run_cli("report", str(path), "-o", str(tmp_path / "solo.pdf")).returncode == 0
    text = _pdf_text(tmp_path / "solo.pdf")
    assert "4 points share the lowest answer, Reactive" in text
    assert "The lowest-rated point of all" not in text
    # Each lowest statement has a first action or is named as still without one.
    actions = text.split("Three actions to start with")[1].split("Next steps")[0]
    left = actions.split("with no action here yet")[1] if "no action here yet" in actions else ""
    for qu in lowest:
        head = qu.text[:50]
        assert head in actions.split("with no action here yet")[0] or head in left, qu.id
    # An answer apart from the rest of its area is set against their average, as shown.
    area = shipped.dimension_of(lowest[0].id)
    others = [answers[qu.id] for qu in area.questions if qu.id != lowest[0].id]
    assert f"on {area.title} average {sum(others) / len(others):.1f}" in text


def test_a_new_level_within_the_margin_is_headlined_as_borderline(tmp_path, shipped):
    from helpers import doc_with, person

    from cxassess.core.document import RoadmapItem
    from cxassess.core.followup import start_from

    statements = [qu.id for _, qu in shipped.questions()]

    def people(third: int):
        return [
            person(n, dict.fromkeys(statements, v)) for n, v in (("A", 1), ("B", 4), ("C", third))
        ]

    sep = doc_with(shipped, people(2), team="Ops", assessed_on=date(2026, 9, 2))
    sep.roadmap = [
        RoadmapItem(action="First", status="done"),
        RoadmapItem(action="Second"),
        RoadmapItem(action="Third"),
    ]
    sep_path = tmp_path / "sep.cxa"
    save_document(sep, sep_path)
    dec = start_from(sep, sep_path, date(2026, 12, 2))
    dec.participants = people(3)
    dec_path = tmp_path / "dec.cxa"
    save_document(dec, dec_path)
    assert run_cli("report", str(dec_path), "-o", str(tmp_path / "dec.pdf")).returncode == 0
    text = _pdf_text(tmp_path / "dec.pdf")
    summary = text.split("Executive summary")[1].split("Key insights")[0]
    assert "Maturity level: Developing, borderline (up from Aware)" in summary
    assert "What Developing would mean:" in summary
    assert "Of the 3 actions accepted last time, 1 done and 2 not started." in summary
    assert "Decide for each whether to keep, change or drop it" in summary
    # Once the team has decided on each, it is not asked to again.
    from cxassess.core.followup import carried_items
    from cxassess.core.roadmap import edit_items

    edit_items(dec, [i.id for i in carried_items(dec)], review="accepted")
    save_document(dec, dec_path)
    assert run_cli("report", str(dec_path), "-o", str(tmp_path / "dec.pdf")).returncode == 0
    decided = _pdf_text(tmp_path / "dec.pdf").split("Executive summary")[1]
    assert "Decide for each whether to keep, change or drop it" not in decided


def test_the_agenda_says_what_the_discussion_left_open_and_the_ranking_says_its_basis(
    tmp_path, shipped
):
    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    path = tmp_path / "w.cxa"
    save_document(doc, path)
    assert run_cli("report", str(path), "-o", str(tmp_path / "w.pdf")).returncode == 0
    text = _pdf_text(tmp_path / "w.pdf")
    agenda = text.split("Discussion agenda")[1]
    assert "1 of these 8 points has an agreed score; the other 7 are still open" in agenda
    # Each open point has who settles it and by when: a record within two weeks, the rest
    # within a month; the agreed one has none.
    # (the table may run over a page, repeating its header)
    table = " ".join(agenda.split("1 of these 8 points")[0].split("How many gave each answer")[1:])
    # The one agreed is a matter of record agreed without its document: it is to settle too.
    assert "Matter of record, agreed without its document: the score holds until it is" in table
    assert table.count("To settle: ") == 8
    assert table.count(", by 26 November 2026.") + table.count(", by 11 December 2026.") == 8
    from cxassess.core.owners import settles

    owner, by = settles(doc, scores, "cm-pay")
    assert f"To settle: {owner}, by {by:%d %B %Y}." in table and owner == "HR director"
    # Commitment leads on the answers; on the agreed 2.8 another area would: said so.
    strengths = next(i for i in key_insights(doc, scores) if i.lead.startswith("Strongest"))
    commitment = scores.dimension("commitment")
    others = [d.score for d in scores.dimensions if d.dimension_id != "commitment"]
    assert commitment.agreed is not None and commitment.agreed < max(others)
    assert "On the scores agreed in discussion," in strengths.text
    assert "the ranking here uses the answers, as every table does" in strengths.text
    # Listening at 2.81 against the agreed 2.8: level, not a new strongest.
    listening = scores.dimension("listening").score
    assert abs(listening - commitment.agreed) < 0.05
    assert (
        "Commitment to change (2.8) and Listening (2.8) would be level as the strongest"
        in strengths.text
    )
    assert "would be the strongest" not in strengths.text


def test_a_managers_area_just_over_a_level_says_only_just(shipped):
    import io

    from pypdf import PdfReader

    from cxassess.core.document import Answer, Assessment, Participant
    from cxassess.report.pdf import build_report

    answers = {}
    commitment = [qu.id for qu in shipped.dimension("commitment").questions]
    for dim, qu in shipped.questions():
        if dim.id == "commitment":
            # Half at 2 and half at 3 (an odd one out not known): 2.5, where Developing
            # starts.
            place = commitment.index(qu.id)
            odd_one = len(commitment) % 2 == 1 and place == len(commitment) - 1
            answers[qu.id] = (
                Answer(value=None, dont_know=True) if odd_one else Answer(value=2 + place % 2)
            )
        else:
            answers[qu.id] = Answer(value=3 if dim.id == "listening" else 2)
    doc = Assessment.new(
        shipped,
        organisation="Harbour Bank",
        participants=[Participant(name="Dana", role="Manager", answers=answers)],
    )
    pages = PdfReader(io.BytesIO(build_report(doc))).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Commitment to change Developing (2.5), only just" in text
    assert "Today: Developing (2.5, only just)" in text
    # An area well inside its level is not qualified.
    assert "Listening Developing (3.0), only just" not in text
    assert "Listening Developing (3.0)" in text


def test_a_point_two_levels_below_its_area_is_said_beside_the_level(shipped):
    import io

    from pypdf import PdfReader

    from cxassess.core.basics import hidden_gaps
    from cxassess.core.document import Answer, Assessment, Participant
    from cxassess.core.scoring import score_document
    from cxassess.report.pdf import build_report

    # Established answers everywhere, but nobody is accountable for the customer (1).
    def team(owner: int) -> Assessment:
        people = [
            Participant(
                name=f"P{i}",
                answers={
                    qu.id: Answer(value=owner if qu.id == "cm-owner" else 4)
                    for _, qu in shipped.questions()
                },
            )
            for i in range(6)
        ]
        return Assessment.new(shipped, organisation="Harbour Bank", team="Ops", participants=people)

    doc = team(1)
    gaps = hidden_gaps(shipped, score_document(doc))
    assert [(g.question_id, g.level, g.area_level) for g in gaps] == [
        ("cm-owner", "Reactive", "Established")
    ]
    pages = PdfReader(io.BytesIO(build_report(doc))).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert (
        "An average hides a gap. Commitment to change is placed at Established, yet “One named "
        "executive is accountable for the customer's experience across all departments” "
        "averages 1.0 (Reactive)"
    ) in text
    assert "Two levels or more below it: “One named executive is accountable" in text
    # Two levels below is a gap; one level below is a shade.
    assert [g.level for g in hidden_gaps(shipped, score_document(team(2)))] == ["Aware"]
    assert hidden_gaps(shipped, score_document(team(3))) == []


def test_a_timeline_bar_is_as_long_as_the_work_not_as_its_whole_period(shipped):
    from datetime import date, timedelta

    from cxassess.core.document import RoadmapItem
    from cxassess.report.roadmap_pdf import timeline_bars

    today = date(2026, 11, 12)
    due = today + timedelta(days=240)
    items = [
        RoadmapItem(action=f"{effort} work", horizon="later", effort=effort, due=due)
        for effort in ("low", "medium", "high")
    ]
    spans = {text: (end - begin).days for text, begin, end, _ in timeline_bars(items, today)}
    # A half-day session due in July is drawn as the weeks before July, not from November.
    assert spans == {"low work": 21, "medium work": 60, "high work": 240}


def test_the_headline_leads_with_the_areas_when_some_are_below_the_overall_level(tmp_path, shipped):
    """The level is an average: where an area is a level lower, the headline says the level
    is an average and gives each area's level first, so the average does not hide it, and
    the level's description is what it means, not a claim about every area."""
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    q = doc.questionnaire
    at = q.level_index(scores.overall.level.id)
    lower = [d for d in scores.dimensions if q.level_index(d.level.id) < at]
    higher = [d for d in scores.dimensions if d not in lower]
    assert len(lower) >= 2
    path = tmp_path / "w.cxa"
    save_document(doc, path)
    assert run_cli("report", str(path), "-o", str(tmp_path / "w.pdf")).returncode == 0
    summary = _pdf_text(tmp_path / "w.pdf").split("Key insights")[0]
    name = scores.overall.level.name
    # On average, or, within its margin of the line, on the line below it.
    assert f"Maturity level: {name} on average" in summary or (
        f"Maturity level: on the line between {q.levels[at - 1].name} and {name}" in summary
    )
    by_area = summary.split("By area: ")[1].split(f"What {name} ")[0]
    for d in lower + higher:
        assert f"{d.title} ({q.figure(d.score)})" in by_area
    # The higher level first, then the areas below it.
    assert by_area.index(f"{name} in ") < by_area.index(f"{lower[0].level.name} in ")


def test_the_summary_a_quarter_later_names_an_area_that_fell_clearly():
    from types import SimpleNamespace as NS

    from cxassess.core.compare import Change
    from cxassess.report.summary import _areas_fell

    fell = Change("ic", "Ideal customer", (2.401, 2.099), -0.302, None, margin=0.23)
    noise = Change("ac", "Action", (2.8, 2.7), -0.1, None, margin=0.2)
    rose = Change("li", "Listening", (2.6, 3.0), 0.4, None, margin=0.2)
    said = _areas_fell(NS(dimensions=[rose, noise, fell]))
    # The printed change is the difference of the printed ends: 2.40 to 2.10 is -0.30.
    assert said == " Clearly down: Ideal customer -0.30 (from 2.40 to 2.10)."
    assert _areas_fell(NS(dimensions=[rose, noise])) == ""


def test_an_overdue_action_is_drawn_whole_on_the_timeline_and_marked(shipped):
    from datetime import date, timedelta

    from cxassess.core.document import RoadmapItem
    from cxassess.report.roadmap_pdf import timeline_bars

    today = date(2027, 2, 25)
    late = RoadmapItem(action="Call back", horizon="now", effort="low", due=date(2026, 12, 9))
    ahead = RoadmapItem(action="Map it", horizon="next", effort="medium", due=today + timedelta(30))
    bars = {text: (begin, end) for text, begin, end, _ in timeline_bars([late, ahead], today)}
    # Three weeks up to its date in December, not a sliver at the axis's edge.
    assert bars["(overdue) Call back"] == (date(2026, 11, 18), date(2026, 12, 9))
    # Work still ahead starts today at the earliest.
    assert bars["Map it"] == (today, today + timedelta(30))


def test_the_biggest_disagreement_is_the_agendas_first_point(shipped):
    from cxassess.core.discussion import discussion_list
    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    first = next(i for i in discussion_list(shipped, scores, doc.discussion_size) if i.proposed)
    said = next(i for i in key_insights(doc, scores) if i.lead == "Biggest disagreement.")
    assert said.text.startswith(f"On “{shipped.question(first.question_id).text.rstrip('.')}”")


def test_a_heavier_point_the_agenda_puts_first_is_the_biggest_disagreement():
    from helpers import doc_with, person, small_questionnaire

    from cxassess.core.discussion import discussion_list
    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    q = small_questionnaire(weights={"a1": 3})
    # b1 is split wider (1 against 5), but a1 weighs three times as much.
    people = [
        person(f"P{n}", {"a1": 2 if n % 2 else 4, "a2": 3, "b1": 1 if n % 2 else 5, "b2": 3})
        for n in range(6)
    ]
    doc = doc_with(q, people)
    scores = score_document(doc)
    first = next(i for i in discussion_list(q, scores, doc.discussion_size) if i.proposed)
    assert first.question_id == "a1"
    assert scores.question("b1").rwg < scores.question("a1").rwg
    said = next(i for i in key_insights(doc, scores) if i.lead == "Biggest disagreement.")
    assert said.text.startswith("On “Statement a1”")
    assert said.text.endswith("so agree what is true before acting on it.")
    # Once the room has agreed a score on it, the summary says what was agreed instead of
    # asking again, and no finding asks the room to settle it.
    from cxassess.core.document import AgreedScore, now_utc
    from cxassess.core.findings import findings

    assert "Two camps on one point." in [f.lead for f in findings(doc, scores)]
    doc.agreed_questions["a1"] = AgreedScore(score=2.0, recorded_at=now_utc())
    scores = score_document(doc)
    said = next(i for i in key_insights(doc, scores) if i.lead == "Biggest disagreement.")
    assert said.text.endswith(
        "After discussion the room agreed Two (2.0): the plan works from that."
    )
    assert "agree what is true" not in said.text
    camps = [f for f in findings(doc, scores) if f.lead == "Two camps on one point."]
    assert all("Statement a1" not in f.text for f in camps)


def test_two_roles_apart_by_less_than_chance_would_give_groups_their_size_are_no_insight():
    from helpers import doc_with, person, small_questionnaire

    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    q = small_questionnaire()
    points = {3.0: (3, 3, 3, 3), 2.75: (3, 3, 3, 2), 2.5: (2, 3, 3, 2)}

    def team(sales: list[float], ops: list[float]):
        people = [
            person(f"{role}{i}", dict(zip(("a1", "a2", "b1", "b2"), points[v], strict=True)), role)
            for role, values in (("Sales", sales), ("Ops", ops))
            for i, v in enumerate(values)
        ]
        doc = doc_with(q, people)
        return [i for i in key_insights(doc, score_document(doc)) if "differently" in i.lead]

    # Three and three, 0.25 apart where people differ by about 0.19: within chance (±0.43).
    assert team([2.75, 2.75, 3.0], [2.5, 2.5, 2.75]) == []
    # Eight and eight, the same gap: beyond what chance gives groups that size.
    (said,) = team([3.0, 2.75] * 4, [2.5, 2.75] * 4)
    assert said.lead == "Sales and Ops see the organisation differently."
    assert "more than chance would part two groups of 8 and 8 (±0.20)" in said.text


def test_the_lowest_point_is_where_the_room_agreed_it_stands(shipped):
    from cxassess.core.document import AgreedScore, now_utc
    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    by_mean = sorted(
        (
            s
            for s in scores.questions
            if s.mean is not None and s.question_id not in doc.agreed_questions
        ),
        key=lambda s: s.mean,
    )
    lowest, other = by_mean[0], by_mean[-1]
    said = next(i for i in key_insights(doc, scores) if i.lead.startswith("Strongest"))
    assert other.text.rstrip(".") not in said.text
    # The room agrees the highest-averaged point at Reactive: that is now the lowest point.
    doc.agreed_questions[other.question_id] = AgreedScore(score=1.0, recorded_at=now_utc())
    scores = score_document(doc)
    said = next(i for i in key_insights(doc, scores) if i.lead.startswith("Strongest"))
    assert (
        f"The lowest-rated point of all is “{other.text.rstrip('.')}” (Reactive, as the room "
        "agreed)."
    ) in said.text
    assert lowest.text.rstrip(".") not in said.text


def test_an_agreed_score_off_the_agenda_is_said_beside_the_agenda(shipped):
    import io

    from pypdf import PdfReader

    from cxassess.core.discussion import discussion_list
    from cxassess.core.document import now_utc
    from cxassess.core.scoring import score_document
    from cxassess.report.pdf import build_report

    doc = demo_workshop(shipped)
    listed = {
        i.question_id
        for i in discussion_list(shipped, score_document(doc), doc.discussion_size)
        if i.proposed
    }

    def text() -> str:
        pages = PdfReader(io.BytesIO(build_report(doc))).pages
        return " ".join(" ".join(p.extract_text() for p in pages).split())

    assert "not on the agenda" not in text()
    off = next(qid for _, qu in shipped.questions() if (qid := qu.id) not in listed)
    doc.agreed_questions[off] = AgreedScore(score=2.0, recorded_at=now_utc())
    assert (
        "The room also agreed a score on 1 point not on the agenda (the area tables show it)."
        in text()
    )


def test_agreed_points_that_move_the_team_across_the_line_are_said_beside_the_score(shipped):
    from cxassess.core.document import now_utc
    from cxassess.core.insights import key_insights
    from cxassess.core.scoring import score_document, standing_overall

    doc = demo_workshop(shipped)

    def line() -> str:
        scores = score_document(doc)
        return next(i.text for i in key_insights(doc, scores) if i.lead.startswith("On the line"))

    assert "On the scores the room agreed" not in line()  # one point agreed: same level
    # The room agrees four more points at Reactive: on its considered view the team is Aware.
    for qid in ("ac-quick-fix", "li-close-loop", "ic-defined", "cm-pay"):
        doc.agreed_questions[qid] = AgreedScore(score=1.0, recorded_at=now_utc())
    settled = standing_overall(doc, score_document(doc))
    assert settled is not None and settled < 2.5
    assert line().endswith(
        f"On the scores the room agreed for 5 points, it is {settled:.2f}, Aware."
    )
