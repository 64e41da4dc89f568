"""Shared fixtures. Qt must run offscreen, decided before any QApplication exists."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cxassess.core.questionnaire import Questionnaire  # noqa: E402
from cxassess.core.questionnaire_io import load_questionnaire  # noqa: E402

SHIPPED = ROOT / "questionnaires" / "customer-centric-culture.yaml"


@pytest.fixture(scope="session")
def shipped() -> Questionnaire:
    return load_questionnaire(SHIPPED)


@pytest.fixture(scope="session")
def small_q() -> Questionnaire:
    from helpers import small_questionnaire

    return small_questionnaire()
