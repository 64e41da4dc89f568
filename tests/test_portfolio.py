"""Many teams, one organisation: the portfolio across files and folders."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

import pytest
from helpers import run_cli

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.storage import load_document, save_document


def team_file(shipped, folder, org, team, when, people, seed):
    rng = random.Random(seed)
    members = [
        Participant(
            name=f"{team} {i}",
            role="Sales",
            answers={qu.id: Answer(value=rng.randint(1, 5)) for _, qu in shipped.questions()},
        )
        for i in range(people)
    ]
    doc = Assessment.new(
        shipped, organisation=org, team=team, assessed_on=when, participants=members
    )
    path = folder / f"{team}-{when.isoformat()}.cxa"
    save_document(doc, path)
    return path


def test_portfolio_scores_equal_each_files_own_score_and_small_teams_stay_hidden(tmp_path, shipped):
    folder = tmp_path / "teams"
    (folder / "north").mkdir(parents=True)
    early = team_file(shipped, folder / "north", "Acme", "Sales", date(2026, 3, 1), 5, 1)
    latest = team_file(shipped, folder / "north", "Acme", "Sales", date(2026, 9, 1), 6, 2)
    support = team_file(shipped, folder, "Acme", "Support", date(2026, 9, 2), 4, 3)
    team_file(shipped, folder, "Acme", "Legal", date(2026, 9, 3), 2, 4)  # too few to show
    done = run_cli("portfolio", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    teams = {t["team"]: t for t in data["teams"]}
    assert set(teams) == {"Sales", "Support", "Legal"}
    # each team's numbers are its latest file's own `score --json`, computed separately
    for name, path in (("Sales", latest), ("Support", support)):
        own = json.loads(run_cli("score", str(path), "--json").stdout)
        assert teams[name]["overall"]["score"] == own["overall"]["score"]
        for d in own["dimensions"]:
            assert teams[name]["dimensions"][d["id"]]["score"] == d["score"]
        assert teams[name]["respondents"] == own["assessment"]["participants"]
    # the trend runs over both Sales assessments, oldest first
    early_score = json.loads(run_cli("score", str(early), "--json").stdout)["overall"]["score"]
    assert [t["overall"] for t in teams["Sales"]["trend"]] == [
        early_score,
        teams["Sales"]["overall"]["score"],
    ]
    # a two-person team shows that it was suppressed, and nothing else
    legal = teams["Legal"]
    assert legal["suppressed"] and not {"overall", "dimensions", "trend", "roadmap"} & set(legal)
    assert all(sum(d["teams_by_level"].values()) == 2 for d in data["dimensions"])
    assert len(data["weakest_statements"]) == 5
    text = run_cli("portfolio", str(folder)).stdout
    assert "suppressed" in text and "Legal" in text
    # Long statements are cut between words, never inside one.
    weakest = text.split("Weakest across the organisation: ")[1].strip()
    for part in weakest.split("; "):
        shown = part.rsplit(" (", 1)[0]
        full = next(
            w["text"] for w in data["weakest_statements"] if w["text"].startswith(shown.rstrip("…"))
        )
        cut = shown[:-1]
        assert shown == full or (
            shown.endswith("…") and full.startswith(cut) and not full[len(cut)].isalnum()
        ), shown


def test_the_portfolio_pdf_marks_a_small_team_and_colours_no_cell_of_it(tmp_path, shipped):
    import io

    from pypdf import PdfReader

    folder = tmp_path / "teams"
    folder.mkdir()
    for i, (team, people) in enumerate((("Sales", 5), ("Support", 6), ("Legal", 2))):
        team_file(shipped, folder, "Acme", team, date(2026, 9, 1 + i), people, i)
    out = tmp_path / "portfolio.pdf"
    done = run_cli("portfolio", str(folder), "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    text = " ".join(text.split())
    for part in (
        "Where the teams stand",
        "Every team, by area",
        "Who moved since last time",
        "Weakest across the organisation",
        "Roadmap follow-through",
        "Confidential.",
    ):
        assert part in text, part
    # Its organisation and date named, and nothing else.
    assert "Legal Acme · 03 Sep 2026 2 suppressed: fewer than 3 people" in text
    assert "Legal 0" not in text  # the suppressed team has no roadmap row either


def test_the_portfolio_window_loads_sorts_filters_opens_and_exports(
    qtbot, window, tmp_path, shipped
):
    from PySide6.QtCore import Qt

    from cxassess.core.text import level_figure
    from cxassess.gui.portfolio.window import SORT_ROLE

    folder = tmp_path / "teams"
    folder.mkdir()
    files = {}
    for i, (org, team, people) in enumerate(
        (("Acme", "Sales", 5), ("Acme", "Support", 6), ("Acme", "Legal", 2), ("Beta", "Ops", 4))
    ):
        files[team] = team_file(shipped, folder, org, team, date(2026, 9, 1 + i), people, i)
    window.open_portfolio(folder)
    portfolio = window.portfolio
    qtbot.waitUntil(lambda: portfolio.model.rowCount() == 4, timeout=30_000)
    assert portfolio.summary.text().startswith("4 of 4 teams listed (1 left out")
    rows = {
        portfolio.model.item(r, 0).text(): [
            portfolio.model.item(r, c).text() for c in range(portfolio.model.columnCount())
        ]
        for r in range(portfolio.model.rowCount())
    }
    assert set(rows["Legal"][4:]) == {"suppressed"}  # no score of a two-person team
    assert all("(" in cell for cell in rows["Sales"][4:-2])  # "Developing (2.9)"
    # A figure one decimal would round across a level keeps two, as the PDF prints it.
    data = portfolio.data
    for r in range(portfolio.model.rowCount()):
        team = next(t for t in data["teams"] if t["team"] == portfolio.model.item(r, 0).text())
        if team["suppressed"]:
            continue
        for cell, dim in zip(
            [portfolio.model.item(r, c).text() for c in range(4, 4 + len(data["dimensions"]))],
            data["dimensions"],
            strict=True,
        ):
            score = team["dimensions"][dim["id"]]["score"]
            assert cell.endswith(f"({level_figure(score, data['level_starts'])})"), cell
    assert level_figure(2.48, [1.0, 1.5, 2.5]) == "2.48" and level_figure(2.44, [2.5]) == "2.4"
    assert rows["Sales"][-2] == "first assessment"
    assert rows["Sales"][-1] == "0 accepted · 0 done · 0 overdue"
    # filter by organisation, then by date
    portfolio.organisation.setCurrentIndex(portfolio.organisation.findData("Beta"))
    assert portfolio.proxy.rowCount() == 1
    assert portfolio.summary.text().startswith("1 of 4 teams listed (0 left out")
    portfolio.organisation.setCurrentIndex(0)
    portfolio.since.setDate(portfolio.since.date().addDays(2))
    assert portfolio.proxy.rowCount() == 2
    portfolio.since.setDate(portfolio.since.date().addDays(-2))
    # sort by overall, either way: a team without a score (suppressed) always comes last
    column = portfolio.model.columnCount() - 3
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        portfolio.view.sortByColumn(column, order)
        listed = [portfolio.proxy.index(r, 0).data() for r in range(portfolio.proxy.rowCount())]
        assert listed[-1] == "Legal", listed
        scores = [portfolio.proxy.index(r, column).data(SORT_ROLE) for r in range(3)]
        assert scores == sorted(scores, reverse=order == Qt.SortOrder.DescendingOrder)
    # double-click a team: its file opens in the main window
    index = next(
        portfolio.proxy.index(r, 0)
        for r in range(portfolio.proxy.rowCount())
        if portfolio.proxy.index(r, 0).data() == "Support"
    )
    portfolio.view.doubleClicked.emit(index)
    assert window.session.path == files["Support"]
    # export the PDF, off the GUI thread
    target = tmp_path / "portfolio.pdf"
    portfolio.ask_save = lambda *_a: target
    # The dialog offers a member of the committee for each organisation the table shows.
    from cxassess.gui.portfolio.prepared import PreparedDialog

    asked = PreparedDialog(portfolio, portfolio._organisations())
    assert [asked.members.item(r, 0).text() for r in range(2)] == ["Acme", "Beta"]
    asked.members.item(0, 1).setText("  Jon   Hale ")
    assert asked.values()[2] == {"Acme": "Jon Hale"}
    # ... and remembers them for the next export.
    assert PreparedDialog(portfolio, ["Acme"]).members.item(0, 1).text() == "Jon Hale"
    portfolio.ask_prepared = lambda _parent: (
        "Nadia Okafor",
        date(2026, 12, 14),
        {"Acme": "Jon Hale"},
    )
    portfolio.export()
    qtbot.waitUntil(lambda: getattr(portfolio, "exported", None) == str(target), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF-")
    # The lead and the meeting asked for are on the cover, and date the decisions.
    import subprocess

    cover = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    flat = " ".join(cover.stdout.split())
    assert "Prepared by Nadia Okafor, programme lead, for the steering committee of 14 " in flat
    assert "Members of the committee: Jon Hale (Acme)." in flat
    assert "Owner: Nadia Okafor (programme lead)" in flat or "Nadia Okafor (programme lead)" in (
        flat
    )
    # The dialog remembers the lead's name for the next export.
    from cxassess.gui.portfolio.prepared import PreparedDialog

    dialog = PreparedDialog(portfolio)
    dialog.lead.setText("  Nadia   Okafor ")
    dialog.for_meeting.setChecked(False)
    assert dialog.values() == ("Nadia Okafor", None, {}) and not dialog.meeting.isEnabled()
    assert PreparedDialog(portfolio).lead.text() == "Nadia Okafor"
    # Quitting the app closes the portfolio with it.
    window.ask_unsaved = lambda: "discard"
    window.menu_actions["quit"].trigger()
    assert not portfolio.isVisible() and window.portfolio is None


def _decisions_of(folder, pdf):
    """The decisions page of the portfolio report of `folder`, as one line of text."""
    import subprocess

    assert run_cli("portfolio", str(folder), "-o", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(text.split()).split("Decisions for this meeting")[1].split("By organisation")[0]


def _skewed_team(shipped, folder, org, team, when, people, level, seed, overdue=0):
    """A team whose answers sit around `level` (1..5), with `overdue` accepted actions late."""
    from cxassess.core.document import RoadmapItem

    rng = random.Random(seed)
    members = [
        Participant(
            name=f"{team} {i}",
            answers={
                qu.id: Answer(value=max(1, min(5, level + rng.choice((-1, 0, 0, 1)))))
                for _, qu in shipped.questions()
            },
        )
        for i in range(people)
    ]
    roadmap = [
        RoadmapItem(action=f"Late action {n}", review="accepted", due=date(2026, 1, 1))
        for n in range(overdue)
    ]
    doc = Assessment.new(
        shipped,
        organisation=org,
        team=team,
        assessed_on=when,
        participants=members,
        roadmap=roadmap,
    )
    path = folder / f"{org}-{team}-{when.isoformat()}-{seed}.cxa".replace(" ", "_")
    save_document(doc, path)
    return path


def test_a_steering_committee_sees_organisations_a_summary_and_who_moved(tmp_path, shipped):
    import subprocess

    folder = tmp_path / "teams"
    folder.mkdir()
    # Two organisations with a team called Sales each; Acme's Sales was assessed twice,
    # once typed "sales " — the same team however it is cased or spaced.
    _skewed_team(shipped, folder, "Acme", "sales ", date(2026, 3, 1), 5, 2, 1)
    _skewed_team(shipped, folder, "Acme", "Sales", date(2026, 9, 1), 5, 4, 2, overdue=2)
    _skewed_team(shipped, folder, "Acme", "Support", date(2026, 9, 2), 4, 3, 3)
    _skewed_team(shipped, folder, "Borealis", "Sales", date(2026, 9, 3), 6, 2, 4)
    _skewed_team(shipped, folder, "Borealis", "Ops", date(2026, 9, 4), 2, 3, 5)  # too few
    pdf = tmp_path / "portfolio.pdf"
    done = run_cli("portfolio", str(folder), "--json", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    teams = [(t["organisation"], t["team"]) for t in data["teams"]]
    assert teams == [
        ("Acme", "Sales"),
        ("Acme", "Support"),
        ("Borealis", "Ops"),
        ("Borealis", "Sales"),
    ]
    acme_sales = data["teams"][0]
    assert acme_sales["assessments"] == 2 and acme_sales["change"]["beyond"]
    assert acme_sales["change"]["from_date"] == "2026-03-01"
    orgs = {o["name"]: o for o in data["organisations"]}
    assert orgs["Acme"]["shown"] == 2 and orgs["Borealis"]["shown"] == 1
    assert orgs["Borealis"]["teams"] == 2
    summary = data["summary"]
    assert summary["shown"] == 3 and summary["reassessed"] == 1
    assert summary["moved_up"] == [{"organisation": "Acme", "team": "Sales"}]
    assert summary["overdue"] == [{"team": {"organisation": "Acme", "team": "Sales"}, "overdue": 2}]
    assert summary["at_or_above"] == sum(
        1
        for t in data["teams"]
        if not t["suppressed"] and t["overall"]["level"] in data["levels"][2:]
    )
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    flat = " ".join(text.stdout.split())
    assert "At a glance" in flat and "By organisation" in flat
    assert f"{summary['at_or_above']} of 3 teams are at Developing or above" in flat
    # Teams count once each; the mean weighting each by its people is said beside it.
    shown = [t for t in data["teams"] if not t["suppressed"]]
    weighted = sum(t["overall"]["score"] * t["respondents"] for t in shown) / sum(
        t["respondents"] for t in shown
    )
    assert summary["mean_by_people"] == pytest.approx(weighted, abs=1e-3)
    assert "teams shown; " in flat and "weighting each team by its people)" in flat
    # The cover carries the key figures for a reader who turns no page.
    cover = flat.split("At a glance")[0]
    assert "Key figures" in cover
    assert f"At Developing or above {summary['at_or_above']} of 3 teams" in cover
    assert "Since last time 1 up and 0 down beyond chance, of 1 team assessed again" in cover
    assert "Accepted actions 0 of 2 done, 2 overdue" in cover
    assert "Decisions asked of this meeting" in cover
    # Several organisations side by side: the cover says on what terms it may circulate.
    assert "It sets 2 organisations side by side, so each member of the committee sees" in cover
    assert "Moved up beyond their own noise: Sales (Acme)" in flat
    # Acme's Sales did none of its two actions: its better score is not credited to them.
    assert (
        "Sales (Acme). It had done none of its actions: a better score is not yet evidence "
        "that the programme's work caused it."
    ) in flat
    assert "01 Mar 2026 → 01 Sep 2026" in flat  # the movers table has its dates
    assert "Follow-through: 0 of 2 accepted actions done, 2 overdue." in flat
    # What the teams did leads the page, before what they scored.
    glance = flat.split("At a glance")[1]
    assert glance.index("Follow-through:") < glance.index("The teams average")
    assert "How to read this" in flat and "Page 2 of" in flat
    assert "across the organisations" in flat
    # Every team row names its organisation: the two Sales teams can be told apart.
    heat = flat.split("Every team, by area")[1].split("Who moved")[0]
    assert heat.count("Acme") >= 2 and heat.count("Borealis") >= 2
    # ... and the date of the assessment its figures come from.
    for team in data["teams"]:
        if not team["suppressed"]:
            day = date.fromisoformat(team["assessed_on"]).strftime("%d %b %Y")
            assert f"{team['organisation']} · {day}" in heat
    # A mean hides the team most in need: each organisation of two teams or more names its
    # lowest, with that team's weakest area.
    acme = [t for t in data["teams"] if t["organisation"] == "Acme" and not t["suppressed"]]
    low = min(acme, key=lambda t: t["overall"]["score"])
    weakest = min(low["dimensions"].values(), key=lambda d: d["score"])
    plain = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    by_org = " ".join(plain.split("By organisation")[1].split("Each organisation")[0].split())
    assert "Lowest team" in by_org
    # A change is said with how many of its teams moved beyond their own noise.
    assert orgs["Acme"]["moved"] == 1 and "(1 team; 1 beyond chance)" in by_org
    said = f"{low['team']} {low['overall']['score']:.1f}; {weakest['title']} {weakest['score']:.1f}"
    assert said in by_org, by_org
    # Every line the report draws says where it falls.
    assert "A team is at Developing or above when its overall average is" in flat
    assert "An action is overdue when it was accepted, is not done" in flat


def _save_team(shipped, path, org, team, when, members, roadmap):
    """One team's assessment file: its people's answers and its plan, on a given day."""
    doc = Assessment.new(
        shipped,
        organisation=org,
        team=team,
        assessed_on=when,
        participants=members,
        roadmap=roadmap,
    )
    save_document(doc, path)


def _team_weak_in(shipped, folder, org, team, when, level, weak, *, accepted=1, done=0, people=6):
    """`people` people at `level`, one below it in the area `weak` (None: level everywhere;
    a tuple: each of those areas)."""
    from cxassess.core.document import RoadmapItem

    weak_ids = weak if isinstance(weak, tuple) else (weak,)

    members = [
        Participant(
            name=f"{team} {i}",
            answers={
                qu.id: Answer(value=max(1, level - (d.id in weak_ids) - (i % 2)))
                for d in shipped.dimensions
                for qu in d.questions
            },
        )
        for i in range(people)
    ]
    roadmap = [
        RoadmapItem(
            action=f"Action {n}", review="accepted", status="done" if n < done else "planned"
        )
        for n in range(accepted)
    ]
    _save_team(shipped, folder / f"{org}-{team}.cxa", org, team, when, members, roadmap)


def test_the_committee_gets_each_organisation_by_area_and_decisions_naming_who(tmp_path, shipped):
    """Action is weakest in two organisations, a third is level; a Reactive team has no plan,
    a team was last assessed eight months ago: each becomes a decision naming who."""
    import subprocess
    from datetime import timedelta

    folder = tmp_path / "teams"
    folder.mkdir()
    recent = date.today() - timedelta(days=20)
    _team_weak_in(shipped, folder, "Acme", "Sales", recent, 3, "action")
    _team_weak_in(shipped, folder, "Acme", "Support", recent, 4, "action", done=1)
    _team_weak_in(shipped, folder, "Borealis", "Ops", recent, 4, "action")
    _team_weak_in(shipped, folder, "Caldera", "Claims", recent, 3, None)
    _team_weak_in(shipped, folder, "Caldera", "Field", recent, 1, None, accepted=0)
    _team_weak_in(shipped, folder, "Caldera", "Stores", recent, 2, None, accepted=0)  # Aware
    _team_weak_in(
        shipped, folder, "Caldera", "Billing", date.today() - timedelta(days=240), 3, None
    )
    _team_weak_in(shipped, folder, "Caldera", "Legal", recent, 5, None, people=4)
    pdf = tmp_path / "portfolio.pdf"
    done = run_cli("portfolio", str(folder), "--json", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    orgs = {o["name"]: o for o in json.loads(done.stdout)["organisations"]}
    acme = orgs["Acme"]["areas"]
    assert acme["action"] < min(v for k, v in acme.items() if k != "action")
    assert orgs["Caldera"]["teams_by_level"]["Reactive"] >= 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    flat = " ".join(text.stdout.split())
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    # The organisations are named in the decision itself, not left as "each of them".
    assert "Name a sponsor for Action in Acme and Borealis: it is the weakest area in each" in (
        decisions
    )
    assert "(Acme " in decisions and "Borealis " in decisions
    assert "Caldera" not in decisions.split("weakest area in each")[1].split("Overdue")[0][:120]
    assert "Ask for a plan" in decisions and "Field (Caldera)" in decisions
    # Every team below Developing without a plan, not only the Reactive ones.
    assert "below Developing" in decisions and "Stores (Caldera)" in decisions
    assert "Assess again: 1 team" in decisions and "Billing (Caldera)" in decisions
    # Plans accepted three weeks ago with nothing due yet have not stalled: no decision.
    assert "Follow-through" not in decisions
    # Four people rating themselves at the top with nothing done: asked for the evidence.
    assert (
        "Check a high self-rating: 1 team rates itself highly with no action done: Legal "
        "(Caldera) at Customer-led (4.50) with 4 people"
    ) in decisions
    # Each decision says who carries it out and by when.
    # Acme's Sales is below Developing with a plan: it gets a sponsor close to the work.
    assert "Back the team below Developing: Sales (Acme: Aware" in decisions
    assert decisions.count("Owner: ") == decisions.count(" By ") == 5, decisions
    assert (
        "Owner: each organisation's member of the committee. By the end of this meeting."
        in decisions
    )
    plan_by = date.today() + timedelta(days=28)
    assert (
        f"Owner: each team's manager; the programme lead collects the plans. By {plan_by:%d %B %Y}."
        in decisions
    )
    assert "Each organisation by area" in flat and "Teams at each level, per organisation" in flat


def test_a_team_moves_only_beyond_the_margin_of_its_difference():
    from cxassess.core.portfolio import _change

    def trend(before: float, now: float, margin: float) -> list[dict[str, object]]:
        return [
            {"assessed_on": "2026-03-01", "overall": before, "margin": margin},
            {"assessed_on": "2026-09-01", "overall": now, "margin": margin},
        ]

    # Each average ±0.30: the difference is ±0.42, so 0.35 could be chance and 0.45 is not.
    assert _change(trend(2.0, 2.35, 0.3))["beyond"] is False
    assert _change(trend(2.0, 2.35, 0.3))["margin"] == 0.424
    assert _change(trend(2.0, 2.45, 0.3))["beyond"] is True
    # Printed, 1.9351 → 2.6349 is 1.94 → 2.63: the change every page shows is +0.69, while
    # whether it is beyond its margin is judged on the exact 0.6998.
    moved = _change(trend(1.9351, 2.6349, 0.3))
    assert moved["shown"] == 0.69 and moved["change"] == 0.7


def test_an_organisations_change_is_the_change_its_team_shows():
    from cxassess.core.portfolio import _organisations

    team = {
        "organisation": "Caldera",
        "team": "Motor claims",
        "overall": {"score": 2.6349, "level": "Developing"},
        "change": {"change": 0.6998, "shown": 0.69, "margin": 0.24, "beyond": True},
        "suppressed": False,
        "roadmap": {"overdue": 0},
        "dimensions": {},
    }
    (org,) = _organisations([team], ["Reactive", "Aware", "Developing"], 2)
    assert org["mean_change"] == 0.69


@pytest.mark.parametrize("listening", [0, 2])
def test_the_weakest_statements_name_their_area_and_a_shared_area_is_said(
    tmp_path, shipped, listening
):
    import subprocess

    folder = tmp_path / "teams"
    folder.mkdir()
    weak = {qu.id for qu in shipped.dimension("ideal-customer").questions}
    if listening:
        # Three of the five lowest in Ideal customer, two in Listening: most still share it.
        weak = set(sorted(weak)[:3]) | {
            qu.id for qu in shipped.dimension("listening").questions[:listening]
        }
    for t, team in enumerate(("Sales", "Support", "Product")):
        members = [
            Participant(
                name=f"{team} {i}",
                answers={
                    qu.id: Answer(value=1 + (i + t) % 2 if qu.id in weak else 3 + (i + t) % 2)
                    for _, qu in shipped.questions()
                },
            )
            for i in range(4)
        ]
        doc = Assessment.new(
            shipped, organisation="Acme", team=team, assessed_on=date(2026, 9, 1 + t),
            participants=members,
        )  # fmt: skip
        save_document(doc, folder / f"{team}.cxa")
    data = json.loads(run_cli("portfolio", str(folder), "--json").stdout)
    areas = [w["area"] for w in data["weakest_statements"]]
    assert areas.count("Ideal customer") == (3 if listening else 5)
    out = tmp_path / "p.pdf"
    assert run_cli("portfolio", str(folder), "-o", str(out)).returncode == 0
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    said = "3 of the 5 lowest" if listening else "all 5 lowest"
    assert f"{said} are in Ideal customer" in text
    assert "No single statement is weakest" not in text


def test_an_organisation_with_no_team_at_the_floor_gets_a_decision_of_its_own(tmp_path, shipped):
    import subprocess
    from datetime import timedelta

    folder = tmp_path / "teams"
    folder.mkdir()
    recent = date.today() - timedelta(days=20)
    _team_weak_in(shipped, folder, "Acme", "Sales", recent, 4, None)
    _team_weak_in(shipped, folder, "Delta", "Claims", recent, 2, None)
    _team_weak_in(shipped, folder, "Delta", "Field", recent, 1, None)
    pdf = tmp_path / "portfolio.pdf"
    done = run_cli("portfolio", str(folder), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    flat = " ".join(text.stdout.split())
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    assert "Support Delta: none of its 2 teams shown is at Developing or above." in decisions
    assert "Support Acme" not in decisions
    assert "Owner: Delta's member of the committee." in decisions
    # Organisations are compared as views of themselves, and the page says so.
    assert "compare organisations as views, not as measurements on one scale" in flat


def test_a_team_at_developing_with_no_plan_is_asked_for_one_too(tmp_path, shipped):
    import subprocess

    folder = tmp_path / "teams"
    folder.mkdir()
    recent = date.today() - timedelta(days=20)
    _team_weak_in(shipped, folder, "Acme", "Sales", recent, 4, None, accepted=0)  # Developing
    _team_weak_in(shipped, folder, "Acme", "Support", recent, 4, None, accepted=2)
    pdf = tmp_path / "p.pdf"
    assert run_cli("portfolio", str(folder), "-o", str(pdf)).returncode == 0
    flat = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    assert "Ask for a plan: 1 team has no accepted action: Sales." in decisions
    assert "Support (Acme)" not in decisions.split("Ask for a plan")[1].split(".")[0]


def test_the_portfolio_average_never_rounds_into_the_next_level():
    from cxassess.report.portfolio_glance import _figure

    starts = [1.0, 1.5, 2.5, 3.5, 4.5]
    assert _figure(2.47, starts) == "2.47"  # Aware; "2.5" would read as Developing
    assert _figure(2.53, starts) == "2.5"
    assert _figure(2.31, starts) == "2.3"


def test_every_team_assessed_again_is_listed_and_open_work_is_split_by_its_date(tmp_path, shipped):
    import subprocess

    folder = tmp_path / "teams"
    folder.mkdir()
    before = date.today() - timedelta(days=120)
    recent = date.today() - timedelta(days=10)
    # Sales assessed twice at the same level: a change within its margin, listed as such.
    _team_weak_in(shipped, folder, "Acme", "Sales", before, 3, None, accepted=0)
    (folder / "Acme-Sales.cxa").rename(folder / "Acme-Sales-before.cxa")
    _team_weak_in(shipped, folder, "Acme", "Sales", recent, 3, None, accepted=2)
    _team_weak_in(shipped, folder, "Acme", "Support", recent, 4, None, accepted=3, done=1)
    data = json.loads(run_cli("portfolio", str(folder), "--json").stdout)
    assert data["roadmap"]["accepted"] == 5 and data["roadmap"]["done"] == 1
    # No action here has a date: none is overdue, all four open ones are not yet due.
    assert data["roadmap"]["overdue"] == 0 and data["roadmap"]["not_due"] == 4
    pdf = tmp_path / "p.pdf"
    assert run_cli("portfolio", str(folder), "-o", str(pdf)).returncode == 0
    flat = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    moved = flat.split("Who moved since last time")[1].split("Weakest")[0]
    assert "Sales" in moved and "(within, could be chance: ±" in moved
    follow = flat.split("Roadmap follow-through")[1]
    assert all(head in follow for head in ("Accepted", "Under way", "Not yet due", "Overdue"))


def test_the_command_line_dates_the_decisions_from_the_meeting_and_names_the_lead(
    tmp_path, shipped
):
    import subprocess

    folder = tmp_path / "teams"
    folder.mkdir()
    for i, team in enumerate(("Sales", "Support")):
        team_file(shipped, folder, "Acme", team, date(2026, 9, 1 + i), 4, i)
    pdf = tmp_path / "p.pdf"
    bad = run_cli("portfolio", str(folder), "-o", str(pdf), "--meeting", "14/12/2026")
    assert bad.returncode != 0 and "--meeting must be a date like" in bad.stderr
    assert not pdf.exists()
    out = run_cli(
        "portfolio",
        str(folder),
        "-o",
        str(pdf),
        "--lead",
        "Nadia Okafor",
        "--meeting",
        "2027-01-11",
    )
    assert out.returncode == 0, out.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Prepared by Nadia Okafor, programme lead, for the steering committee of 11 January" in (
        flat
    )
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    # Every date in the decisions falls after the meeting, not after the day it was printed.
    import re

    days = re.findall(r"By (\d\d \w+ \d{4})", decisions)
    assert days
    for day in days:
        assert date(2027, 1, 11) <= datetime.strptime(day, "%d %B %Y").date(), day


def test_an_organisation_whose_teams_did_none_of_their_late_work_goes_to_its_leadership(
    tmp_path, shipped
):

    folder = tmp_path / "teams"
    folder.mkdir()
    _skewed_team(shipped, folder, "Acme", "Sales", date(2026, 9, 1), 4, 3, 1, overdue=2)
    _skewed_team(shipped, folder, "Acme", "Support", date(2026, 9, 2), 4, 3, 2, overdue=2)
    _skewed_team(shipped, folder, "Borealis", "Ops", date(2026, 9, 3), 4, 3, 3, overdue=0)
    decisions = _decisions_of(folder, tmp_path / "p.pdf")
    assert (
        "Ask Acme's leadership why nothing is finished: its 2 teams shown have done none of their 4 "
        "accepted actions, and 4 are overdue."
    ) in decisions
    assert "Borealis's leadership" not in decisions
    # Late work only in plans made weeks ago asks about its dates (the overdue decision),
    # not why an organisation stalled.
    from datetime import timedelta

    recent = date.today() - timedelta(days=10)
    _skewed_team(shipped, folder, "Caldera", "Claims", recent, 4, 3, 4, overdue=2)
    _skewed_team(shipped, folder, "Caldera", "Field", recent, 4, 3, 5, overdue=2)
    decisions = _decisions_of(folder, tmp_path / "q.pdf")
    assert "Caldera's leadership" not in decisions
    assert "Acme's leadership why nothing is finished" in decisions


def test_a_team_with_late_work_and_none_done_is_asked_to_finish_one(tmp_path, shipped):
    import subprocess

    folder = tmp_path / "teams"
    folder.mkdir()
    _skewed_team(shipped, folder, "Acme", "Sales", date(2026, 9, 1), 4, 3, 1, overdue=2)
    _skewed_team(shipped, folder, "Borealis", "Ops", date(2026, 9, 3), 4, 3, 3, overdue=0)
    pdf = tmp_path / "p.pdf"
    assert run_cli("portfolio", str(folder), "-o", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    assert (
        "Follow-through: 1 team has actions past their date and none done, 6 weeks or more "
        "after its plan: Sales (Acme). Each shows the committee one action done, with what it "
        "measured"
    ) in decisions


def test_a_plan_late_within_weeks_of_its_assessment_is_asked_about_its_dates_not_called_stalled(
    tmp_path, shipped
):
    """A plan a fortnight old that is already past a date sits with the overdue work, asked
    whether its dates were realistic; a plan months old with nothing done is asked for a
    finished action. The teams re-date their own work; the lead only collects the dates."""
    import subprocess
    from datetime import timedelta

    folder = tmp_path / "teams"
    folder.mkdir()
    _skewed_team(shipped, folder, "Acme", "Sales", date(2026, 6, 1), 4, 3, 1, overdue=2)
    fresh = date.today() - timedelta(days=14)
    _skewed_team(shipped, folder, "Borealis", "Board", fresh, 4, 3, 2, overdue=1)
    # A new plan with one action done and one late is late on a new plan too: the glance
    # counts it, so the decision names it.
    from cxassess.core.document import RoadmapItem

    started = _skewed_team(shipped, folder, "Crest", "Ship", fresh, 4, 3, 3, overdue=1)
    doc = load_document(started)
    doc.roadmap.append(RoadmapItem(action="Done one", review="accepted", status="done"))
    save_document(doc, started)
    pdf = tmp_path / "p.pdf"
    assert run_cli("portfolio", str(folder), "-o", str(pdf), "--lead", "Nadia").returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    follow = decisions.split("Follow-through:")[1]
    assert "Sales (Acme)" in follow.split("Owner:")[0]
    assert "Board" not in follow.split("Owner:")[0]
    overdue = decisions.split("Overdue work:")[1].split("Follow-through")[0]
    assert (
        "Board (Borealis) and Ship (Crest) are late less than 6 weeks after their assessment: "
        "ask too whether the dates were realistic, rather than count them as stalled."
    ) in overdue
    assert "Owner: each team's manager; Nadia (programme lead) collects the new dates." in overdue
    # The glance says how much of the overdue work is in plans only weeks old.
    glance = flat.split("At a glance")[1].split("Decisions for this meeting")[0]
    assert "overdue (2 of them in plans made less than 6 weeks ago)." in glance, glance


def test_an_organisation_whose_lowest_areas_are_level_chooses_whether_to_join_the_decision(
    tmp_path, shipped
):
    """Action is clearly weakest in Acme; in Borealis Action and Ideal customer are level at
    the bottom. By the report's own rule Borealis has no weakest area, so it is not counted
    in the decision; it is told of it, and its member chooses whether to join."""
    from datetime import timedelta

    folder = tmp_path / "teams"
    folder.mkdir()
    recent = date.today() - timedelta(days=20)
    _team_weak_in(shipped, folder, "Acme", "Sales", recent, 4, "action")
    _team_weak_in(shipped, folder, "Borealis", "Ops", recent, 4, ("action", "ideal-customer"))
    _team_weak_in(shipped, folder, "Caldera", "Claims", recent, 4, ("listening", "commitment"))
    decisions = _decisions_of(folder, tmp_path / "p.pdf")
    assert (
        "Name a sponsor for Action in Acme: its weakest area (2.5 on average). In Borealis "
        "Action (2.5) is level with Ideal customer (2.5): its member of the committee chooses "
        "whether it joins this or starts with Ideal customer."
    ) in decisions, decisions
    assert "Name a sponsor for Ideal customer" not in decisions
    # Caldera's level areas are nobody else's weakest: its member chooses which comes first.
    assert (
        "Choose where Caldera starts: Commitment to change (2.5) and Listening (2.5)" in (decisions)
        or "Choose where Caldera starts: Listening (2.5) and Commitment to change (2.5)"
        in decisions
    )


def test_a_move_only_just_past_its_margin_is_named_as_such():
    from cxassess.report.portfolio_glance import _just_beyond

    def team(name, change, margin):
        return {
            "organisation": "Acme",
            "team": name,
            "suppressed": False,
            "change": {"change": change, "shown": change, "margin": margin, "beyond": True},
        }

    data = {"teams": [team("Sales", 0.41, 0.38), team("Ops", 0.9, 0.38)]}
    thin = _just_beyond(data, [{"organisation": "Acme", "team": "Sales"}])
    assert "Only just past its margin (Sales +0.41 against ±0.38)" in thin
    assert _just_beyond(data, [{"organisation": "Acme", "team": "Ops"}]) == ""


def test_the_count_at_developing_or_above_says_how_many_are_only_just_there():
    from cxassess.report.portfolio_glance import _only_just

    def team(score):
        return {"suppressed": False, "overall": {"score": score}}

    data = {
        "level_starts": [1.0, 1.5, 2.5, 3.5, 4.5],
        "teams": [team(2.5), team(2.57), team(2.6), team(3.2), team(2.4)],
    }
    assert _only_just(data) == " (2 of them only just, within a tenth of where it starts)"
    data["teams"] = [team(2.6), team(3.2)]
    assert _only_just(data) == ""


def test_a_group_drawn_from_several_units_is_shown_apart_and_averaged_with_no_team(
    qtbot, window, tmp_path, shipped
):
    """A leadership group whose people come from three units answered for the organisation:
    it is shown with its scores and counted in the follow-through, but the organisation's
    mean, its level counts and the team count are the teams' alone."""
    import subprocess

    from cxassess.core.portfolio import cxa_files, portfolio, spans_units, summarise

    assert spans_units(["Head office", "Stores", "Online", "Stores"])
    assert not spans_units(["Stores", "Stores", "Online"])  # one unit holds most: a team
    assert not spans_units(["Stores", "stores "])  # one unit, however spelt
    assert not spans_units([])
    folder = tmp_path / "teams"
    folder.mkdir()
    _skewed_team(shipped, folder, "Acme", "Sales", date(2026, 9, 1), 4, 2, 1)
    _skewed_team(shipped, folder, "Acme", "Support", date(2026, 9, 2), 4, 2, 2)
    board = _skewed_team(shipped, folder, "Acme", "Leadership", date(2026, 9, 3), 6, 5, 3, 1)
    doc = load_document(board)
    for person, unit in zip(doc.participants, ["Head office", "Stores", "Online"] * 2, strict=True):
        person.unit = unit
    save_document(doc, board)
    data = portfolio([summarise(p, date.today()) for p in cxa_files([folder])])
    sales, support = (t for t in data["teams"] if not t["group"])
    group = next(t for t in data["teams"] if t["group"])
    assert group["team"] == "Leadership" and sorted(group["units"]) == [
        "Head office",
        "Online",
        "Stores",
    ]
    acme = data["organisations"][0]
    assert acme["teams"] == acme["shown"] == 2 and acme["groups"] == 1
    expected = (sales["overall"]["score"] + support["overall"]["score"]) / 2
    assert abs(acme["mean"] - expected) < 0.01 and data["summary"]["shown"] == 2
    assert data["roadmap"]["accepted"] == 1 and data["roadmap"]["overdue"] == 1
    # Nor in the areas' level counts or the weakest statements across the teams.
    for area in data["dimensions"]:
        assert sum(area["teams_by_level"].values()) == 2, area
    assert all(w["teams"] == 2 for w in data["weakest_statements"])
    pdf = tmp_path / "p.pdf"
    assert run_cli("portfolio", str(folder), "-o", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "2 teams, 2 shown, and 1 group drawn from several units, shown apart" in flat
    assert "Shown apart: Leadership (Acme: Head office, Stores and Online)" in flat or (
        "Shown apart: Leadership (Acme: " in flat
    )
    assert "(each team counting once, 2 of 2 teams shown; " in flat
    assert "Group from 3 units, in no mean" in flat
    # Its plan has its own row in the follow-through, so the rows add up to the total, and
    # the overdue work is said to be in a group, not in one more team.
    assert "Group, in no mean" in flat and "All shown" in flat
    follow = flat.split("Roadmap follow-through")[1].split("How to read this")[0]
    assert "1 0 0 0 1 1 0 0 0 1" in follow  # its row, then the total it makes up
    assert "Overdue actions in 1 group: Leadership" in flat
    # The app's table marks it too: in italics, with its units, and the subtitle says so.
    window.open_portfolio(folder)
    table = window.portfolio
    qtbot.waitUntil(lambda: table.model.rowCount() == 3, timeout=30_000)
    cell = next(
        table.model.item(r, 0) for r in range(3) if table.model.item(r, 0).text() == "Leadership"
    )
    assert cell.font().italic() and "3 units" in cell.toolTip()
    assert "1 in italics: a group from several units, counted in no mean." in (table.summary.text())
    table.close()
    # Beside another organisation, Acme's overdue count says how much of it is the group's,
    # as the other columns leave the group out.
    _skewed_team(shipped, folder, "Borealis", "Ops", date(2026, 9, 4), 4, 3, 3)
    assert run_cli("portfolio", str(folder), "-o", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    by_org = " ".join(text.split()).split("By organisation")[1].split("Each organisation")[0]
    assert "(1 the group's)" in by_org, by_org


def test_the_committee_members_own_their_organisations_decisions(tmp_path, shipped):
    """Named with --member, each organisation's member of the committee owns its decisions
    by name; a misspelt organisation is refused before anything is written."""
    folder = tmp_path / "teams"
    folder.mkdir()
    _skewed_team(shipped, folder, "Acme", "Sales", date(2026, 9, 1), 4, 3, 1, overdue=2)
    _skewed_team(shipped, folder, "Acme", "Support", date(2026, 9, 2), 4, 3, 2, overdue=2)
    _skewed_team(shipped, folder, "Borealis", "Ops", date(2026, 9, 3), 4, 3, 3, overdue=0)
    pdf = tmp_path / "p.pdf"
    bad = run_cli("portfolio", str(folder), "-o", str(pdf), "--member", "Acme Ltd=Jon Hale")
    assert bad.returncode != 0 and "no team belongs to 'Acme Ltd'" in bad.stderr
    assert "the organisations are Acme, Borealis" in bad.stderr and not pdf.exists()
    for pair in ("Acme", "Acme=", "=Jon", "Acme=" + "x" * 201):
        refused = run_cli("portfolio", str(folder), "-o", str(pdf), "--member", pair)
        assert refused.returncode != 0 and not pdf.exists(), pair
    done = run_cli("portfolio", str(folder), "-o", str(pdf), "--member", " acme =Jon  Hale")
    assert done.returncode == 0, done.stderr
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Members of the committee: Jon Hale (Acme)." in flat
    decisions = flat.split("Decisions for this meeting")[1].split("By organisation")[0]
    assert "Owner: Jon Hale (Acme's member of the committee)." in decisions
    # The teams' own work is their managers', answering to the member at the table by name.
    assert "Owner: each team's manager, answering to Jon Hale (Acme) on the committee" in (
        decisions
    )
    assert "Borealis" not in decisions.split("answering to")[1].split("By ")[0]


def _team_low_on(shipped, folder, org, team, when, level, low, *, accepted=1, people=5):
    """`people` people answering `level` everywhere but 1 on the statement `low`."""
    from cxassess.core.document import RoadmapItem

    members = [
        Participant(
            name=f"{team} {i}",
            answers={
                qu.id: Answer(value=1 if qu.id == low else max(1, level - (i % 2)))
                for _, qu in shipped.questions()
            },
        )
        for i in range(people)
    ]
    roadmap = [RoadmapItem(action=f"Action {n}", review="accepted") for n in range(accepted)]
    _save_team(
        shipped, folder / f"{org}-{team}-{when.isoformat()}.cxa", org, team, when, members, roadmap
    )


def test_a_fall_a_team_below_developing_and_a_point_low_everywhere_each_get_a_decision(
    tmp_path, shipped
):
    from datetime import timedelta

    folder = tmp_path / "teams"
    folder.mkdir()
    recent = date.today() - timedelta(days=20)
    # Hiring is the lowest point in every team, in two organisations.
    _team_low_on(shipped, folder, "Acme", "Sales", recent, 4, "cm-hiring")
    _team_low_on(shipped, folder, "Acme", "Support", recent, 4, "cm-hiring")
    _team_low_on(shipped, folder, "Borealis", "Ops", recent, 4, "cm-hiring")
    # Borealis's Claims fell from Established to Aware, beyond chance; it has a plan.
    _team_low_on(shipped, folder, "Borealis", "Claims", recent - timedelta(days=120), 4, "x")
    _team_low_on(shipped, folder, "Borealis", "Claims", recent, 2, "cm-hiring")
    decisions = _decisions_of(folder, tmp_path / "p.pdf")
    day = (recent - timedelta(days=120)).strftime("%d %b %Y")
    assert f"Ask why Claims (Borealis) fell: from 3.60 on {day} to 1.59 (-2.01)" in decisions, (
        decisions
    )
    assert "what the team needs. Owner: Borealis's member of the committee." in decisions
    assert "Back the team below Developing: Claims (Borealis: Aware 1.59" in decisions
    # Its areas are all within a fifth of a point of each other: no weakest one is named.
    claims = decisions.split("Back the team below Developing: Claims (Borealis: Aware 1.59")[1]
    assert claims.startswith("). Name a sponsor for it")
    assert (
        "Take “We assess customer focus when we hire” above the teams: it is among the three "
        "lowest points in each of the 2 organisations, and the lowest across them (1.00 on "
        "average in 4 teams)."
    ) in decisions
    assert "in each organisation the HR director proposes a first step" in decisions
    # A point low in one organisation only is that organisation's, not the committee's.
    for path in folder.glob("Borealis-*"):
        path.unlink()
    alone = _decisions_of(folder, tmp_path / "q.pdf")
    assert "above the teams" not in alone and "fell" not in alone and "Back the team" not in alone


def test_areas_level_on_average_are_told_apart_by_how_many_teams_are_below_developing():
    from cxassess.report.portfolio_decisions import _suggest

    def team(name, action, ideal):
        return {
            "organisation": "Acme",
            "team": name,
            "suppressed": False,
            "dimensions": {"action": {"level": action}, "ideal-customer": {"level": ideal}},
        }

    data = {
        "levels": ["Reactive", "Aware", "Developing", "Established", "Customer-led"],
        "dimensions": [
            {"id": "action", "title": "Action"},
            {"id": "ideal-customer", "title": "Ideal customer"},
        ],
        "teams": [
            team("A", "Aware", "Developing"),
            team("B", "Aware", "Aware"),
            team("C", "Established", "Developing"),
        ],
    }
    said = _suggest(data, "Acme", ["ideal-customer", "action"])
    assert said == (
        " The figures point to Action: 2 of its 3 teams are below Developing there, "
        "against 1 in the next."
    )
    # As many below in each: the figures cannot choose, and the report does not pretend to.
    data["teams"][1]["dimensions"]["action"]["level"] = "Developing"
    assert _suggest(data, "Acme", ["ideal-customer", "action"]) == ""
