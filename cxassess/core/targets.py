"""Whether the targets an earlier assessment set were reached."""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.document import Assessment
from cxassess.core.roadmap import dimension_gaps
from cxassess.core.scoring import Scores


@dataclass(frozen=True)
class TargetReached:
    """One area's target from an earlier assessment, against its score now."""

    dimension_id: str
    title: str
    target: float
    now: float | None
    set_by_team: bool = True  # False: the default, one level above the score then

    @property
    def met(self) -> bool:
        """Reached: the score now is at or above the target."""
        return self.now is not None and self.now >= self.target - 1e-9

    @property
    def short(self) -> float:
        """How far below the target the score is now (0 once met)."""
        return 0.0 if self.now is None or self.met else self.target - self.now


def targets_reached(earlier: Assessment, then: Scores, now: Scores) -> list[TargetReached]:
    """Every target the earlier report gave (set by the team, or one level up by default),
    in the questionnaire's order, with the score each area has now; an area that had too
    few answers then, or that this questionnaire no longer has, is left out."""
    known = {d.dimension_id: d for d in now.dimensions}
    return [
        TargetReached(
            g.dimension_id, g.title, g.target, known[g.dimension_id].score, not g.target_is_default
        )
        for g in dimension_gaps(earlier, then)
        if g.target is not None and g.dimension_id in known
    ]


__all__ = ["TargetReached", "targets_reached"]
