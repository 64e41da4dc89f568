"""Whether the targets an earlier assessment set were reached."""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.document import Assessment
from cxassess.core.scoring import Scores


@dataclass(frozen=True)
class TargetReached:
    """One area's target from an earlier assessment, against its score now."""

    dimension_id: str
    title: str
    target: float
    now: float | None

    @property
    def met(self) -> bool:
        """Reached: the score now is at or above the target."""
        return self.now is not None and self.now >= self.target - 1e-9

    @property
    def short(self) -> float:
        """How far below the target the score is now (0 once met)."""
        return 0.0 if self.now is None or self.met else self.target - self.now


def targets_reached(earlier: Assessment, now: Scores) -> list[TargetReached]:
    """The targets the earlier assessment set, in the questionnaire's order, with the
    score each area has now; an area this questionnaire no longer has is left out."""
    known = {d.dimension_id: d for d in now.dimensions}
    return [
        TargetReached(did, known[did].title, target, known[did].score)
        for did in (d.id for d in earlier.questionnaire.dimensions)
        if (target := earlier.targets.get(did)) is not None and did in known
    ]


__all__ = ["TargetReached", "targets_reached"]
