"""Every journal action a service writes has a label for the audit journal's readers (an
auditor reads "Visitors' personal data viewed", not "visit.personal_data_view")."""

import re
from pathlib import Path

from desktop.domain.actions import ACTION_LABELS

ROOT = Path(__file__).resolve().parents[2] / "desktop"
WRITTEN = re.compile(
    r"\b(?:action|record_outcome|produce|_print)\(\s*\w+,\s*\"([a-z_]+\.[a-z_]+)\"")


def test_every_action_written_by_the_code_has_a_label():
    written = {m.group(1) for path in ROOT.rglob("*.py")
               for m in WRITTEN.finditer(path.read_text(encoding="utf-8"))}
    assert {"visit.personal_data_view", "copy.transfer", "contract.create"} <= written
    assert sorted(written - set(ACTION_LABELS)) == []
