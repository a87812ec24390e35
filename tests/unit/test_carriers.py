"""The copy state machine, table-driven over every state and move (SPEC §2)."""

import itertools

import pytest

from desktop.domain.carriers import MOVES, CopyState, MoveKind, format_reg_no, next_state
from desktop.domain.errors import IllegalMove
from desktop.domain.levels import Level

LEGAL = {
    (MoveKind.ISSUE, CopyState.REGISTERED): CopyState.ISSUED,
    (MoveKind.ISSUE, CopyState.RETURNED): CopyState.ISSUED,
    (MoveKind.RETURN, CopyState.ISSUED): CopyState.RETURNED,
    (MoveKind.DISPATCH, CopyState.REGISTERED): CopyState.DISPATCHED,
    (MoveKind.DISPATCH, CopyState.RETURNED): CopyState.DISPATCHED,
    (MoveKind.CONFIRM_RECEIPT, CopyState.DISPATCHED): CopyState.DELIVERED,
    # Only a copy in the safe is destroyed; a return is confirmed on a dispatched copy; a
    # copy is found missing where it should be (in the safe or with a person).
    (MoveKind.DESTROY, CopyState.REGISTERED): CopyState.DESTROYED,
    (MoveKind.DESTROY, CopyState.RETURNED): CopyState.DESTROYED,
    (MoveKind.CONFIRM_RETURN, CopyState.DISPATCHED): CopyState.RETURNED_TO_ORIGINATOR,
    (MoveKind.LOSS, CopyState.REGISTERED): CopyState.LOST,
    (MoveKind.LOSS, CopyState.RETURNED): CopyState.LOST,
    (MoveKind.LOSS, CopyState.ISSUED): CopyState.LOST,
}


@pytest.mark.parametrize(("kind", "state"), list(itertools.product(MOVES, CopyState)))
def test_every_move_from_every_state(kind, state):
    if (kind, state) in LEGAL:
        assert next_state(kind, state) is LEGAL[(kind, state)]
    else:
        with pytest.raises(IllegalMove) as err:
            next_state(kind, state)
        assert state.label in err.value.text()


@pytest.mark.parametrize("state", [CopyState.DESTROYED, CopyState.LOST, CopyState.DELIVERED,
                                   CopyState.RETURNED_TO_ORIGINATOR])
def test_final_states_allow_no_move(state):
    assert state.final
    for kind in MOVES:
        with pytest.raises(IllegalMove):
            next_state(kind, state)


def test_registration_numbers():
    suffixes = {"S": "с", "SS": "сс", "OV": "ов"}
    assert format_reg_no("{prefix}{number}{suffix}/{year}", prefix="", number=125,
                         level=Level.S, year=2026, suffixes=suffixes) == "125с/2026"
    assert format_reg_no("{prefix}-{number}-{suffix}-{year}", prefix="ДСП", number=7,
                         level=Level.OV, year=2027, suffixes=suffixes) == "ДСП-7-ов-2027"
