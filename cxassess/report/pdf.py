"""Building the PDF roadmap report, with progress and cancellation for a worker thread."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cxassess.core.document import Assessment
from cxassess.core.gaps import dimension_gaps
from cxassess.core.owners import with_people
from cxassess.core.problems import CxError
from cxassess.core.roadmap import suggestions as suggestions_of
from cxassess.core.roadmap import the_plan
from cxassess.core.roles import role_groups, unit_groups
from cxassess.core.scoring import score_document
from cxassess.report.context import MARGIN_PT, ReportContext, a4_document
from cxassess.report.styles import Branding, make_styles

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


class ReportCancelled(Exception):
    """The user cancelled the report; nothing was written."""


def footer_canvas(footer: str, accent: str) -> type:
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    from cxassess.report.fonts import SANS

    class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Draws "page X of Y" once the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1:
                    width, _ = self._pagesize
                    self.setFont(SANS, 7.5)
                    self.setFillColor(colors.HexColor("#5f6b76"))
                    self.drawString(MARGIN_PT, 28, footer)
                    self.drawRightString(width - MARGIN_PT, 28, f"Page {number} of {total}")
                    self.setStrokeColor(colors.HexColor(accent))
                    self.setLineWidth(0.6)
                    self.line(MARGIN_PT, 38, width - MARGIN_PT, 38)
                super().showPage()
            super().save()

    return FooterCanvas


def _cover_band(accent: str) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(accent))
        canvas.rect(0, height - 18, width, 18, stroke=0, fill=1)
        canvas.rect(0, 0, 10, height, stroke=0, fill=1)
        canvas.restoreState()

    return draw


def _footer_text(doc: Assessment) -> str:
    from cxassess.report.markup import shorten

    parts = [shorten(p, 45) for p in (doc.organisation, doc.team) if p]
    parts.append(doc.assessed_on.isoformat())
    # reportlab's drawString does not fall back for CJK; keep the footer in the main font
    from cxassess.report.fonts import sans_coverage

    covered = sans_coverage()
    text = " · ".join(parts)
    return "".join(ch if ord(ch) in covered else "?" for ch in text)


def build_report(
    doc: Assessment,
    *,
    previous: Sequence[Assessment] = (),
    branding: Branding | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    suggestions: bool = False,
    named: bool = False,
) -> bytes:
    """The report as PDF bytes. Calls `progress(fraction, message)`; raises ReportCancelled
    as soon as `cancelled()` returns True. It names no participant unless `named`."""
    from cxassess.report import appendix, next_steps, results, roadmap_pdf, solo, summary
    from cxassess.report.trends import since_last_time

    branding = branding or Branding()
    report = progress or (lambda _f, _m: None)
    stop = cancelled or (lambda: False)

    def check(fraction: float, message: str) -> None:
        if stop():
            raise ReportCancelled("The report was cancelled; nothing was written.")
        report(fraction, message)

    check(0.0, "Scoring")
    scores = score_document(doc)
    earlier = [(d, score_document(d)) for d in previous]
    ctx = ReportContext(
        doc=doc,
        scores=scores,
        gaps=dimension_gaps(doc, scores),
        # Owners as the team named them: the person, with the role beside the name.
        roadmap=with_people(doc, the_plan(doc, scores)),
        suggested=with_people(doc, suggestions_of(doc, scores)),
        show_suggestions=suggestions,
        named=named and doc.is_team and not doc.anonymous,
        roles=role_groups(doc) if doc.is_team else [],
        units=unit_groups(doc) if doc.is_team else [],
        styles=make_styles(branding.accent),
        branding=branding,
        previous=earlier,
    )
    steps: list[tuple[str, Callable[[ReportContext], list[Any]]]] = [
        ("Cover", summary.cover),
        ("Executive summary", summary.executive_summary),
        ("Findings", summary.findings_section),
        ("Results", results.overview),
        ("Since last time", since_last_time),
        # What the room decides and does comes before each area's detail: an executive
        # reads the agenda and the plan first, and turns to the areas to check them.
        ("Discussion agenda", results.agenda),
        ("Roadmap", roadmap_pdf.roadmap_section),
        ("Next steps", next_steps.next_steps),
        ("Dimensions", results.dimension_sections),
        ("Suggested actions", roadmap_pdf.suggestions_annex),
        ("Comments", appendix.comments),
        ("Method", appendix.method),
        ("Figures", appendix.figures),
        ("Appendix", appendix.answers_appendix),
    ]
    if not doc.is_team:
        # One person's report: their view first, checks of their own answers, three
        # actions; nothing of a team's (agreement, the discussion, what people said).
        steps = [
            ("Cover", summary.cover),
            ("Your view", solo.your_view),
            ("Results", results.overview),
            ("Since last time", since_last_time),
            ("Dimensions", results.dimension_sections),
            ("Check your answers", solo.check_your_answers),
            ("First actions", solo.first_actions),
            ("Next steps", next_steps.next_steps),
            ("Your notes", appendix.comments),
            ("Method", appendix.method),
        ]
    flow: list[Any] = []
    for i, (name, step) in enumerate(steps):
        check(0.05 + 0.75 * i / len(steps), name)
        flow.extend(step(ctx))
    check(0.82, "Laying out pages")
    buffer = io.BytesIO()
    q = doc.questionnaire
    title = f"Customer-centric culture roadmap: {doc.organisation or doc.team or 'assessment'}"
    template = a4_document(
        buffer,
        title=title,
        author=doc.facilitator or doc.organisation or "cxassess",
        subject=f"{q.title} {q.version}, {doc.team or doc.organisation} {doc.assessed_on.isoformat()}",
        creator="cxassess",
        keywords="customer-centric culture, assessment, roadmap",
        lang=q.language,
    )

    def after_flowable(_flowable: Any) -> None:
        if stop():
            raise ReportCancelled("The report was cancelled; nothing was written.")

    template.afterFlowable = after_flowable
    template.build(
        flow,
        onFirstPage=_cover_band(branding.accent),
        canvasmaker=footer_canvas(_footer_text(doc), branding.accent),
    )
    report(1.0, "Done")
    return buffer.getvalue()


def check_logo(path: Path) -> None:
    """Refuse a logo that is missing or not an image, before any work is done."""
    from reportlab.lib.utils import ImageReader

    if not path.is_file():
        raise CxError(f"The logo {path} does not exist.")
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab wraps whatever Pillow raised in a bare OSError or others
        raise CxError(
            f"The logo {path} is not an image that can go in a PDF; use a PNG or JPEG file."
        ) from None
    if width < 1 or height < 1:
        raise CxError(f"The logo {path} is empty (0 pixels).")


def build_report_file(
    doc: Assessment,
    out: Path,
    *,
    previous: Sequence[Assessment] = (),
    branding: Branding | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    suggestions: bool = False,
    named: bool = False,
) -> None:
    """Write the report atomically; on failure or cancel nothing is written."""
    from cxassess.core.storage import atomic_write_bytes

    if branding and branding.logo is not None:
        check_logo(Path(branding.logo))
    data = build_report(
        doc,
        previous=previous,
        branding=branding,
        progress=progress,
        cancelled=cancelled,
        suggestions=suggestions,
        named=named,
    )
    atomic_write_bytes(Path(out), data)
