"""ARCHITECTURE rule 4: every source string is translated into kk, ru and ky, placeholders
match, the committed .ts files are in step with the code and the .qm files with the .ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import i18n_tools
from desktop.domain.levels import MARKINGS, Level
from desktop.domain.roles import Role

LANGS = tuple(i18n_tools.LANGUAGES)
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    unfinished: bool


def read_ts(path: Path) -> tuple[str | None, dict[tuple[str, str], Message]]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS", f"{path} is not a Qt TS file"
    messages: dict[tuple[str, str], Message] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None, f"{path}: {name!r}/{source!r} has no <translation>"
            forms = tr.findall("numerusform")
            texts = tuple((f.text or "") for f in forms) if forms else (tr.text or "",)
            messages[(name, source)] = Message(
                name, source, texts, tr.get("type") in ("unfinished", "vanished", "obsolete"))
    return root.get("language"), messages


def tool_or_skip(name: str) -> Path:
    try:
        return i18n_tools.find_tool(name)
    except i18n_tools.ToolMissing as exc:
        pytest.skip(f"cannot check against a fresh extraction: {exc}")


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> set[tuple[str, str]]:
    """The source strings the code has now (lupdate into a temp dir, one language)."""
    tool_or_skip("lupdate")
    out = tmp_path_factory.mktemp("lupdate")
    (ts,) = i18n_tools.update(out_dir=out, langs=("ru",))
    _, messages = read_ts(ts)
    assert messages, "lupdate found no strings: are the markers still QT_TRANSLATE_NOOP?"
    return set(messages)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_parses_and_names_its_language(lang):
    language, messages = read_ts(i18n_tools.ts_path(lang))
    assert language == i18n_tools.LANGUAGES[lang]
    assert messages


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    _, messages = read_ts(i18n_tools.ts_path(lang))
    bad = [f"{m.context}/{m.source!r}" for m in messages.values()
           if m.unfinished or not all(t.strip() for t in m.translations)]
    assert bad == [], f"untranslated in grif_{lang}.ts"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match_the_source(lang):
    _, messages = read_ts(i18n_tools.ts_path(lang))
    bad = []
    for m in messages.values():
        want = sorted(set(PLACEHOLDER.findall(m.source)))
        for text in m.translations:
            got = sorted(set(PLACEHOLDER.findall(text)))
            if got != want:
                bad.append(f"{m.context}/{m.source!r}: {want} vs {got} in {text!r}")
    assert bad == []


@pytest.mark.parametrize("lang", LANGS)
def test_ts_is_in_step_with_the_code(lang, fresh_sources):
    _, messages = read_ts(i18n_tools.ts_path(lang))
    missing = sorted(fresh_sources - set(messages))
    assert missing == [], "new strings: run `python -m desktop.i18n_tools update` and translate"
    stale = sorted(set(messages) - fresh_sources)
    assert stale == [], "strings gone from the code: run `python -m desktop.i18n_tools update`"


@pytest.mark.parametrize("lang", LANGS)
def test_level_and_role_labels_are_translated(lang):
    _, messages = read_ts(i18n_tools.ts_path(lang))
    for level in Level:
        msg = messages.get(("Level", level.label))
        assert msg is not None, f"Level {level.label!r} missing from grif_{lang}.ts"
        # The on-screen label is the marking as written in the acts (GLOSSARY).
        assert msg.translations == (MARKINGS[lang][level],)
    for role in Role:
        msg = messages.get(("Role", role.label))
        assert msg is not None, f"Role {role.label!r} missing from grif_{lang}.ts"
        assert msg.translations[0].strip()


@pytest.mark.parametrize(("lang", "secret"),
                         [("kk", "Құпия"), ("ru", "Секретно"), ("ky", "Жашыруун")])
def test_qm_loads_and_matches_the_ts(lang, secret):
    from PySide6.QtCore import QTranslator

    qm = i18n_tools.qm_path(lang)
    assert qm.is_file(), f"{qm.name} missing: run `python -m desktop.i18n_tools release`"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} does not load"
    assert translator.translate("Level", "Secret") == secret
    _, messages = read_ts(i18n_tools.ts_path(lang))
    stale = [f"{m.context}/{m.source!r}" for m in messages.values()
             if len(m.translations) == 1
             and translator.translate(m.context, m.source) != m.translations[0]]
    assert stale == [], f"{qm.name} is older than the .ts: run the release step"


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_what_lrelease_makes_of_the_ts(lang, tmp_path):
    tool_or_skip("lrelease")
    i18n_tools.release(directory=_copy_ts(lang, tmp_path), langs=(lang,))
    fresh = i18n_tools.qm_path(lang, tmp_path).read_bytes()
    assert i18n_tools.qm_path(lang).read_bytes() == fresh, "run the release step"


def _copy_ts(lang: str, directory: Path) -> Path:
    src = i18n_tools.ts_path(lang)
    i18n_tools.ts_path(lang, directory).write_bytes(src.read_bytes())
    return directory
