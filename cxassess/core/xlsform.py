"""The questionnaire as an XLSForm: the sheets ODK Central and KoboToolbox build a form from.

The form answers the same statements on the same scale as the app, so what they collect
imports back by question id: one group per dimension (named by its id), each statement a
`select_one` over the scale (choice names 1..N, `dk`, and `na` where the statement offers
it), an optional comment per statement (`<question id>_comment`), and `name` and `role`
questions first.
"""

from __future__ import annotations

from cxassess.core.questionnaire import Questionnaire

Row = list[str]
NOT_APPLICABLE = "na"
DONT_KNOW = "dk"
COMMENT_SUFFIX = "_comment"
SURVEY_HEADER: Row = ["type", "name", "label", "hint", "required", "appearance", "calculation"]
# A hidden field carrying the questionnaire's version into every submission, so an export
# of another version of the form is recognised on import.
VERSION_FIELD = "form_version"
CHOICES_HEADER: Row = ["list_name", "name", "label"]
SETTINGS_HEADER: Row = ["form_title", "form_id", "version", "default_language"]


def _list_name(question_id: str) -> str:
    # Choice list names must be valid XML names; question ids already are (a-z, 0-9, -, _).
    return f"scale_{question_id}".replace("-", "_")


def xlsform_sheets(q: Questionnaire) -> dict[str, list[Row]]:
    """The survey, choices and settings sheets, each a header row then data rows."""
    survey: list[Row] = [
        SURVEY_HEADER,
        ["calculate", VERSION_FIELD, "", "", "", "", f"'{q.version}'"],
        # Whom to answer for (the organisation as a whole) rides on the first question's hint:
        # a note would become a column of its own in some survey engines' exports.
        [
            "text",
            "name",
            "Your name (as the facilitator should list you)",
            q.description or "",
            "",
            "",
            "",
        ],
        ["text", "role", "Your role or department (optional)", "", "", "", ""],
        ["text", "unit", "The part of the organisation you know best (optional)", "", "", "", ""],
    ]
    choices: list[Row] = [CHOICES_HEADER]
    for dim in q.dimensions:
        survey.append(["begin_group", dim.id, dim.title, dim.description, "", "field-list", ""])
        for question in dim.questions:
            list_name = _list_name(question.id)
            survey.append(
                [
                    f"select_one {list_name}",
                    question.id,
                    question.text,
                    " ".join(
                        [
                            question.help,
                            *(
                                f"For {point} ({q.scale.labels[point - 1]}), look for: {text}"
                                for point, text in sorted(question.look_for.items())
                            ),
                        ]
                    ),
                    "yes",
                    "",
                    "",
                ]
            )
            survey.append(
                [
                    "text",
                    question.id + COMMENT_SUFFIX,
                    "What have you seen that makes you answer this way? (optional)",
                    "",
                    "",
                    "multiline",
                    "",
                ]
            )
            for point, (label, anchor) in enumerate(
                zip(q.scale.labels, question.anchors, strict=True), start=1
            ):
                choices.append([list_name, str(point), f"{point} · {label}: {anchor}"])
            choices.append([list_name, DONT_KNOW, "Don't know"])
            if q.allows_na(question.id):
                when = f" ({question.not_applicable})" if question.not_applicable else ""
                choices.append([list_name, NOT_APPLICABLE, f"Not applicable{when}"])
        survey.append(["end_group", "", "", "", "", "", ""])
    settings: list[Row] = [SETTINGS_HEADER, [q.title, q.id, _version(q.version), q.language]]
    return {"survey": survey, "choices": choices, "settings": settings}


def _version(version: str) -> str:
    # ODK compares form versions as text and KoboToolbox shows them; keep the
    # questionnaire's own, e.g. "2.0".
    return version


__all__ = ["COMMENT_SUFFIX", "DONT_KNOW", "NOT_APPLICABLE", "VERSION_FIELD", "xlsform_sheets"]
