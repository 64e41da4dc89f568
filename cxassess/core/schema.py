"""The published JSON Schema of the questionnaire format (questionnaires/schema.json)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cxassess.core.questionnaire import Questionnaire


def questionnaire_schema() -> dict[str, Any]:
    """The JSON Schema that editors use to help questionnaire authors."""
    schema = Questionnaire.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    """The schema as the exact text of the published file."""
    return json.dumps(questionnaire_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the schema next to the shipped questionnaires: `python -m cxassess.core.schema`."""
    from cxassess.resources import questionnaires_dir

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else questionnaires_dir() / "schema.json"
    target.write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
