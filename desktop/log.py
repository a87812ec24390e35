"""Rotating log in the data folder; anything that looks like a secret is redacted."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 5

# Raw keys, long hex/base64 runs, recovery-code-shaped groups and "password=…" pairs.
_PATTERNS = [
    (re.compile(r"x'[0-9a-fA-F]{16,}'"), "x'[REDACTED]'"),
    (re.compile(r"\b[0-9a-fA-F]{32,}\b"), "[REDACTED-HEX]"),
    (re.compile(r"\b[A-Za-z0-9+/]{40,}={0,2}"), "[REDACTED-B64]"),
    (re.compile(r"\b(?:[0-9A-Z]{5}-){5}[0-9A-Z]{5}\b"), "[REDACTED-CODE]"),
    (re.compile(r"\b[0-9A-HJKMNP-TV-Z]{30}\b"), "[REDACTED-CODE]"),
    (re.compile(r"(?i)(pass(?:word|phrase)?|secret|key|code)(\s*[=:]\s*)\S+"),
     r"\1\2[REDACTED]"),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            # Render the traceback now, redacted, and drop the live objects.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        return True


def setup(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "grif.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                   backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "grif", False)]:
        root.removeHandler(old)
    handler.grif = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
