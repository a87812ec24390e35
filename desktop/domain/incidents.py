"""Loss and disclosure cases ("жария ету немесе жоғалту фактісі", S000 p.7): the fact of a
loss or a disclosure of classified information, with the copies or the information
concerned, when it was found, the circumstances and the internal investigation. An
inventory check opens one for every copy found missing; a clerk can open one by hand."""

from __future__ import annotations

import enum

from desktop.domain.tr import QT_TRANSLATE_NOOP


class IncidentKind(enum.Enum):
    LOSS = "loss"
    DISCLOSURE = "disclosure"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    IncidentKind.LOSS: QT_TRANSLATE_NOOP("Incidents", "Loss"),
    IncidentKind.DISCLOSURE: QT_TRANSLATE_NOOP("Incidents", "Disclosure"),
}


class IncidentState(enum.Enum):
    OPEN = "open"                  # recorded; the investigation is not ordered yet
    INVESTIGATION = "investigation"  # an internal investigation is ordered
    CLOSED = "closed"              # findings recorded: the fact is confirmed or not

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    IncidentState.OPEN: QT_TRANSLATE_NOOP("Incidents", "Recorded"),
    IncidentState.INVESTIGATION: QT_TRANSLATE_NOOP("Incidents", "Under investigation"),
    IncidentState.CLOSED: QT_TRANSLATE_NOOP("Incidents", "Closed"),
}
