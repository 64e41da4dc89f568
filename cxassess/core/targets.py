"""Whether the targets an earlier assessment set were reached."""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.document import Assessment
from cxassess.core.gaps import dimension_gaps
from cxassess.core.scoring import Scores


@dataclass(frozen=True)
class TargetReached:
    """One area's target from an earlier assessment, against its score now."""

    dimension_id: str
    title: str
    target: float
    now: float | None
    set_by_team: bool = True  # False: the default, one level above the score then
    # Where the target was more than a round's plan above the score then, it was proposed
    # for the sponsor to confirm or stage, and the round itself aimed one level up: the
    # round is judged against that step.
    step: float | None = None

    @property
    def aim(self) -> float:
        """What the round is judged against: its step where the target was a proposal."""
        return self.step if self.step is not None else self.target

    @property
    def met(self) -> bool:
        """Reached: the score now is at or above what the round aimed for."""
        return self.now is not None and self.now >= self.aim - 1e-9

    @property
    def short(self) -> float:
        """How far below the round's aim the score is now (0 once met)."""
        return 0.0 if self.now is None or self.met else self.aim - self.now


def targets_reached(earlier: Assessment, then: Scores, now: Scores) -> list[TargetReached]:
    """Every target the earlier report gave (set by the team, or one level up by default),
    in the questionnaire's order, with the score each area has now; an area that had too
    few answers then, or that this questionnaire no longer has, is left out."""
    from cxassess.core.gaps import default_target, steep_targets

    known = {d.dimension_id: d for d in now.dimensions}
    steep = {g.dimension_id for g in steep_targets(earlier, then)}
    return [
        TargetReached(
            g.dimension_id,
            g.title,
            g.target,
            known[g.dimension_id].score,
            not g.target_is_default,
            default_target(earlier.questionnaire, g.score) if g.dimension_id in steep else None,
        )
        for g in dimension_gaps(earlier, then)
        if g.target is not None and g.dimension_id in known
    ]


__all__ = ["TargetReached", "targets_reached"]
