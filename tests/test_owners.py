"""People in roles: a plan owned by job titles is owned by nobody, so the team names the
person for each role (and the executive sponsor) once, and every report prints the person
beside the role and says which roles are still to name."""

from __future__ import annotations

import json
import subprocess

import pytest
from helpers import run_cli

from cxassess.core.demo import demo_workshop
from cxassess.core.document import RoadmapItem
from cxassess.core.owners import (
    SPONSOR_ROLE,
    name_owners,
    plan_roles,
    roles_in,
    roles_to_name,
    sponsor,
    who,
)
from cxassess.core.problems import CxError
from cxassess.core.storage import load_document, save_document


def _pdf_text(pdf) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_an_owner_is_printed_as_the_person_named_for_its_role(shipped):
    doc = demo_workshop(shipped)
    role = shipped.owners[0]
    unsure = f"{role.role}, or {role.fallback[0].lower()}{role.fallback[1:]} if none"
    lacking = f"{role.fallback}, until there is a {role.role[0].lower()}{role.role[1:]}"
    assert roles_in(doc, unsure) == [role.role, role.fallback]
    assert roles_in(doc, lacking) == [role.fallback]
    assert who(doc, unsure) == unsure and sponsor(doc) == "the executive sponsor"
    # Named regardless of case and spacing; the stand-in holds it while the role may not exist.
    doc.owners = name_owners(doc, {f"  {role.fallback.upper()} ": "Kim Lee"})
    assert doc.owners == {role.fallback: "Kim Lee"}  # spelt as the questionnaire spells it
    assert who(doc, unsure) == f"Kim Lee ({role.fallback})"
    assert who(doc, lacking) == f"Kim Lee ({role.fallback})"
    doc.owners = name_owners(doc, {role.role: "Ana Ruiz", "executive SPONSOR": "Lena Park"})
    assert who(doc, unsure) == f"Ana Ruiz ({role.role})"
    assert sponsor(doc) == "Lena Park (executive sponsor)"
    # A name typed as an owner is a person already: nothing to name, printed as typed.
    assert who(doc, "Maria Costa") == "Maria Costa"
    assert roles_to_name(doc, ["Maria Costa", unsure, "Head of customer service"]) == [
        ("Head of customer service", 1)
    ]
    # A blank name clears the role.
    doc.owners = name_owners(doc, {role.role: " "})
    assert role.role not in doc.owners and who(doc, unsure) == f"Kim Lee ({role.fallback})"


def test_a_name_that_cannot_be_kept_is_refused_before_anything_changes(shipped):
    doc = demo_workshop(shipped)
    doc.owners = name_owners(doc, {"Sales director": "Tom Reid"})
    with pytest.raises(CxError, match="The name for 'Head of sales'"):
        name_owners(doc, {"Head of sales": "x" * 201, "Sales director": ""})
    with pytest.raises(CxError, match="A role to name"):
        name_owners(doc, {"  ": "Tom Reid"})
    assert doc.owners == {"Sales director": "Tom Reid"}
    with pytest.raises(CxError, match="at most 200 roles"):
        name_owners(doc, {f"Role {n}": "Someone" for n in range(200)})


def test_the_sponsor_comes_first_and_the_plans_roles_follow_with_their_open_actions(shipped):
    doc = demo_workshop(shipped)
    roles = plan_roles(doc)
    assert roles[0] == (SPONSOR_ROLE, 0, "")
    open_items = [
        i for i in doc.roadmap if i.review != "dropped" and i.status not in ("dropped", "done")
    ]
    counted = {role: n for role, n, _ in roles}
    for item in open_items:
        assert roles_in(doc, item.owner)[0] in counted
    assert sum(counted.values()) >= len(open_items)


def test_reports_print_the_person_beside_the_role_and_list_the_roles_still_to_name(
    shipped, tmp_path
):
    doc = demo_workshop(shipped)
    plan = [i for i in doc.roadmap if i.review == "accepted" and i.status not in ("done",)]
    roles = sorted({roles_in(doc, i.owner)[0] for i in plan if i.owner})
    assert len(roles) >= 2
    path = tmp_path / "team.cxa"
    save_document(doc, path)
    pdf = tmp_path / "team.pdf"
    assert run_cli("report", str(path), "-o", str(pdf)).returncode == 0
    before = _pdf_text(pdf)
    assert "Owners to name:" in before and "Name one owner for the roadmap as a whole" in before

    # Named from the command line: one role left without a person, and the sponsor.
    named = run_cli(
        "owners",
        str(path),
        "--set",
        "Executive sponsor=Lena Park",
        *[arg for role in roles[1:] for arg in ("--set", f"{role}=Person {role[:3]}")],
    )
    assert named.returncode == 0, named.stderr
    assert f"{roles[0]}: (nobody named)" in named.stdout
    assert run_cli("report", str(path), "-o", str(pdf)).returncode == 0
    text = _pdf_text(pdf)
    for role in roles[1:]:
        assert f"Person {role[:3]} ({role})" in text
    assert f"Owners to name: {sum(1 for i in plan if roles_in(doc, i.owner)[0] == roles[0])}" in (
        text
    )
    assert f"{roles[0]} (" in text.split("Owners to name:")[1][:400]
    assert "Lena Park (executive sponsor) owns the roadmap as a whole" in text

    # Decisions and open points of the discussion name roles too: listed apart, to name.
    assert "decisions or open points of the discussion still name" in text
    # All named (the command lists every role to fill): the plan says so, and the file
    # keeps roles (a person is one change).
    listed = run_cli("owners", str(path)).stdout.splitlines()
    unnamed = [line.split(":")[0] for line in listed if "(nobody named)" in line]
    assert roles[0] in unnamed and len(unnamed) >= 2
    sets = [arg for n, role in enumerate(unnamed) for arg in ("--set", f"{role}=Person {n}")]
    assert run_cli("owners", str(path), *sets).returncode == 0
    assert run_cli("report", str(path), "-o", str(pdf)).returncode == 0
    text = _pdf_text(pdf)
    assert "Owners to name:" not in text
    assert "Every owner is a person the team named" in text
    saved = json.loads(path.read_text())
    assert saved["format_version"] == 11 and saved["owners"][roles[0]] == "Person 0"
    assert {i["owner"] for i in saved["roadmap"]} == {i.owner for i in doc.roadmap}


def test_the_command_line_refuses_a_malformed_name_and_leaves_the_file_alone(shipped, tmp_path):
    path = tmp_path / "team.cxa"
    save_document(demo_workshop(shipped), path)
    before = path.read_bytes()
    for args in (["--set", "Sales director"], ["--set", "Sales director=" + "x" * 300]):
        out = run_cli("owners", str(path), *args)
        assert out.returncode != 0
        assert "Sales director" in out.stderr or "ROLE=NAME" in out.stderr
    assert path.read_bytes() == before


def test_findings_go_up_to_the_named_sponsor(shipped):
    from cxassess.core.follow_through import findings_since
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    found = findings_since(doc, score_document(doc), [])
    owners = {f.owner for f in found}
    names = {role: f"P {role}" for role in owners if role and not role.startswith("the ")}
    doc.owners = name_owners(doc, names | {SPONSOR_ROLE: "P sponsor"})
    named = findings_since(doc, score_document(doc), [])
    for f in named:
        assert f.owner.startswith(("P ", "the executive team", "the facilitator")), f.owner


def test_the_app_names_people_in_roles_in_one_undoable_step(qtbot, window, tmp_path, shipped):
    from PySide6.QtWidgets import QDialog

    from cxassess.gui.pages import owners_dialog
    from cxassess.gui.pages.roadmap_model import OWNER

    doc = demo_workshop(shipped)
    path = tmp_path / "team.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    window.show_page("roadmap")
    page = window.page("roadmap")
    item = next(i for i in window.session.doc.roadmap if i.owner)
    role = roles_in(window.session.doc, item.owner)[0]

    def fill(dialog):
        table = dialog.table
        rows = {table.item(r, owners_dialog.ROLE).text(): r for r in range(table.rowCount())}
        assert table.item(0, owners_dialog.ROLE).text() == SPONSOR_ROLE
        table.item(rows[role], owners_dialog.PERSON).setText("  Ana   Ruiz ")
        return QDialog.DialogCode.Accepted

    original = owners_dialog.OwnersDialog.exec
    owners_dialog.OwnersDialog.exec = fill
    try:
        page.name_owners()
    finally:
        owners_dialog.OwnersDialog.exec = original
    assert window.session.doc.owners == {role: "Ana Ruiz"}
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(item.id), OWNER))
    assert row.data() == f"Ana Ruiz ({role})"
    # The item still holds the role: changing the person is one change in one place.
    assert next(i for i in window.session.doc.roadmap if i.id == item.id).owner == item.owner
    window.session.undo_stack.undo()
    assert window.session.doc.owners == {}
    assert page.proxy.mapFromSource(page.model.index(page.model.row_of(item.id), OWNER)).data() == (
        item.owner
    )
    window.commands.save()
    assert load_document(path).owners == {}


def test_the_people_in_roles_carry_over_to_the_next_assessment(shipped, tmp_path):
    from datetime import date

    from cxassess.core.followup import start_from

    nov = demo_workshop(shipped)
    nov.owners = name_owners(nov, {"Executive sponsor": "Lena Park"})
    feb = start_from(nov, tmp_path / "nov.cxa", date(2027, 2, 18))
    assert sponsor(feb) == "Lena Park (executive sponsor)"


def test_the_plan_says_when_one_person_holds_more_than_they_can_carry(shipped, tmp_path):
    from cxassess.core.discussion import discussion_list
    from cxassess.core.follow_through import BUSY
    from cxassess.core.owners import settles
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    doc.owners = name_owners(doc, {"Head of customer service": "Ana Ruiz"})
    # Two more steps of her own: open points shared out cannot bring her below the line.
    doc.roadmap += [
        RoadmapItem(action=f"Service step {i}", owner="Head of customer service") for i in range(2)
    ]
    scores = score_document(doc)
    mine = "Ana Ruiz (Head of customer service)"
    actions = sum(
        1
        for i in doc.roadmap
        if i.review == "accepted"
        and i.status not in ("done", "dropped")
        and who(doc, i.owner) == mine
    )
    points = sum(
        1
        for p in discussion_list(shipped, scores, doc.discussion_size)
        if p.proposed
        and not ((a := doc.agreed_questions.get(p.question_id)) and (a.evidence or not p.evidence))
        and settles(doc, scores, p.question_id)[0] == mine
    )
    assert actions + points >= BUSY
    path = tmp_path / "w.cxa"
    save_document(doc, path)
    assert run_cli("report", str(path), "-o", str(tmp_path / "w.pdf")).returncode == 0
    text = _pdf_text(tmp_path / "w.pdf")
    assert f"Most work on one person: {mine} holds {actions + points} of the open actions" in text


def test_no_role_a_finding_names_is_listed_while_the_round_is_open(shipped, tmp_path):
    from cxassess.core.roles_asked import roles_asked, roles_to_fill
    from cxassess.core.scoring import score_document

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    assert roles_asked(doc, scores)  # revealed: the findings' and open points' roles
    doc.round_open = True
    # Which roles the findings name would hint at how people answered.
    assert roles_asked(doc, scores) == []
    assert [r for r, _, _ in roles_to_fill(doc, scores)] == [r for r, _, _ in plan_roles(doc)]
    path = tmp_path / "open.cxa"
    save_document(doc, path)
    listed = run_cli("owners", str(path))
    assert listed.returncode == 0
    assert "HR director" not in listed.stdout  # named only by the pay finding and agenda
