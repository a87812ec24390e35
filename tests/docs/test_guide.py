"""The user guide (docs/guide/<lang>.md) against the program it describes.

For every guide present:
- every image it shows exists in docs/screenshots and is the shot of the guide's language;
- the eight numbered sections of the shared outline are there, once each, in order;
- every name quoted in «…» is a text the program shows in that language: a <translation> of
  i18n/grif_<lang>.ts, with the accelerator marks (&) taken out and a closing "…" or ":" of
  the translation optionally left off. So a renamed button or menu item breaks the test.
  In the guides «…» is used for the program's own words only (the rule is stated at the top
  of each guide's source); HTML comments are not checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ROOT / "docs" / "guide"
SHOTS = ROOT / "docs" / "screenshots"
I18N = ROOT / "i18n"

SECTIONS = 8
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
QUOTED = re.compile(r"«([^«»]+)»")
HEADING = re.compile(r"^## +(\d+)\. +\S", re.MULTILINE)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def guide_files() -> list[Path]:
    return sorted(p for p in GUIDES.glob("*.md") if re.fullmatch(r"[a-z]{2}\.md", p.name))


def without_accelerators(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def one_line(text: str) -> str:
    """Markdown wraps lines; a name may be quoted across a line break."""
    return " ".join(text.split())


def ui_texts(lang: str) -> set[str]:
    """Every text the program shows in `lang`, in the forms a guide may quote."""
    texts: set[str] = set()
    for message in ET.parse(I18N / f"grif_{lang}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [
            translation.text or ""]
        for form in forms:
            shown = one_line(without_accelerators(form))
            if not shown:
                continue
            texts.add(shown)
            for ending in ("…", ":"):
                if shown.endswith(ending):
                    texts.add(shown[:-len(ending)].rstrip())
    return texts


def unknown_names(markdown: str, known: set[str]) -> list[str]:
    """The «…» quotes outside HTML comments that are no text of the program."""
    text = COMMENT.sub("", markdown)
    return sorted({one_line(q) for q in QUOTED.findall(text) if one_line(q) not in known})


def wrong_images(markdown: str, lang: str, guide_dir: Path = GUIDES) -> list[str]:
    """Images that are missing, outside docs/screenshots or of another language."""
    bad = []
    for target in IMAGE.findall(COMMENT.sub("", markdown)):
        path = (guide_dir / target).resolve()
        if path.parent != SHOTS.resolve() or not path.is_file() or not re.search(
                rf"-{lang}(-\d+)?\.png$", path.name):
            bad.append(target)
    return bad


def section_numbers(markdown: str) -> list[int]:
    return [int(n) for n in HEADING.findall(COMMENT.sub("", markdown))]


def test_the_russian_guide_is_there():
    assert (GUIDES / "ru.md").is_file()
    assert [p.name for p in guide_files()].count("ru.md") == 1


@pytest.fixture(params=guide_files(), ids=lambda p: p.stem)
def guide(request) -> tuple[str, str]:
    path = request.param
    return path.stem, path.read_text(encoding="utf-8")


def test_every_image_is_a_screenshot_of_the_guides_language(guide):
    lang, text = guide
    assert IMAGE.search(text), "the guide shows no screenshot"
    assert wrong_images(text, lang) == []


def test_the_outline_sections_are_there_in_order(guide):
    _lang, text = guide
    assert section_numbers(text) == list(range(1, SECTIONS + 1))


def test_every_quoted_name_is_a_text_of_the_program(guide):
    lang, text = guide
    assert QUOTED.search(text), "the guide quotes no name of the program"
    assert unknown_names(text, ui_texts(lang)) == []


# --- the checks themselves can fail ---------------------------------------------------------

def test_a_renamed_button_is_caught():
    known = ui_texts("ru")
    assert "Зарегистрировать носитель" in known           # RegisterPage, ends with "…"
    assert "Сменить пароль" in known                       # "Сменить &пароль…"
    text = "Нажмите «Зарегистрировать носитель» и «Зарегистрировать\nкарточку»."
    assert unknown_names(text, known) == ["Зарегистрировать карточку"]
    assert unknown_names("«Сменить\n   пароль…»", known) == []
    assert unknown_names("<!-- «Любые слова» -->", known) == []


def test_a_missing_or_foreign_image_is_caught():
    shown = next(SHOTS.glob("login-ru.png"), None)
    assert shown is not None, "make screenshots has not been run"
    assert wrong_images("![](../screenshots/login-ru.png)", "ru") == []
    assert wrong_images("![](../screenshots/login-ru.png)", "kk") == [
        "../screenshots/login-ru.png"]
    assert wrong_images("![](../screenshots/no-such-shot-ru.png)", "ru") == [
        "../screenshots/no-such-shot-ru.png"]


def test_a_missing_or_misplaced_section_is_caught():
    text = "\n".join(f"## {n}. Раздел" for n in (1, 2, 4, 3, 5, 6, 7, 8))
    assert section_numbers(text) != list(range(1, SECTIONS + 1))
    assert section_numbers("## 1. Раздел\n<!-- ## 2. Раздел -->") == [1]
