"""Levels and the Kazakh–Kyrgyz equivalence (SPEC §1; S001 a.2, a.3 p.1)."""

import pytest

from desktop.domain.errors import InvalidInput
from desktop.domain.levels import (
    Level,
    highest,
    kazakh_equivalent_of_kyrgyz,
    kyrgyz_equivalent,
    marking,
)

# S001 a.3 p.1: the table of comparable markings, Kazakhstan ↔ Kyrgyzstan.
EQUIVALENCE = [
    (Level.OV, "Аса маңызды", "Особой важности", "Өзгөчө маанилүү"),
    (Level.SS, "Өте құпия", "Совершенно секретно", "Абдан жашыруун"),
    (Level.S, "Құпия", "Секретно", "Жашыруун"),
]


@pytest.mark.parametrize(("level", "kk", "ru", "ky"), EQUIVALENCE)
def test_markings_in_three_languages(level, kk, ru, ky):
    assert marking(level, "kk") == kk
    assert marking(level, "ru") == ru
    assert marking(level, "ky") == ky


@pytest.mark.parametrize(("level", "kk", "ru", "ky"), EQUIVALENCE)
def test_kyrgyz_marking_maps_to_comparable_kazakh_level(level, kk, ru, ky):
    assert kazakh_equivalent_of_kyrgyz(ky) == level
    assert kazakh_equivalent_of_kyrgyz(ru) == level          # both parties use the Russian
    assert kazakh_equivalent_of_kyrgyz(f"  {ky.upper()} ") == level
    assert kyrgyz_equivalent(level) == ky


def test_unknown_kyrgyz_marking_is_refused():
    with pytest.raises(InvalidInput):
        kazakh_equivalent_of_kyrgyz("Для служебного пользования")


def test_order_ov_above_ss_above_s():
    assert Level.S < Level.SS < Level.OV
    assert sorted([Level.OV, Level.S, Level.SS]) == [Level.S, Level.SS, Level.OV]
    assert highest([Level.S, Level.OV, Level.SS]) == Level.OV
    assert highest([]) is None


def test_secret_is_never_treated_as_not_secret():
    # S001 a.2: "state and service secrets are state secrets"; S is a service secret.
    assert Level.OV.kz_category == Level.SS.kz_category == "state secret"
    assert Level.S.kz_category == "service secret"


@pytest.mark.parametrize("code", ["", "X", "secret", None, "O V"])
def test_parse_rejects_unknown_codes(code):
    with pytest.raises(InvalidInput):
        Level.parse(code)


def test_parse_accepts_codes():
    assert Level.parse(" ss ") == Level.SS
