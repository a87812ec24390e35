"""A copy's card shows what S001 a.5 asks of a transfer abroad next to the dispatch: the
recipient's written confirmation and, for a large carrier, transport, route and escort."""

import datetime as dt

from desktop.domain.carriers import CarrierKind, RegistrationDraft
from desktop.domain.levels import Level
from desktop.services import register, transfers
from desktop.ui.register.copy_card_dialog import CopyCardDialog

TODAY = dt.date.today()


def test_the_card_shows_the_confirmation_and_the_transport(qtbot, login):
    clerk = login("clerk")
    reg = register.register_carrier(clerk, RegistrationDraft(
        kind=CarrierKind.ITEM, title="Аппаратура", level=Level.SS, reg_date=TODAY))
    copy_id = register.open_register(clerk).fetch()[0]["copy_id"]
    transfers.send_abroad(clerk, copy_id, to_org="МО КР", channel="military_courier",
                          cover_letter="исх-9", basis="договор", confirmation_ref="письмо 15/2",
                          confirmation_date=TODAY, large=True, transport="спецавтомобиль",
                          route="Алматы — Бишкек", escort="два курьера")
    card = CopyCardDialog(clerk, copy_id)
    qtbot.addWidget(card)
    texts = [card.history.item(r, 3).text() for r in range(card.history.rowCount())]
    (sent,) = [t for t in texts if "МО КР" in t]
    assert "recipient's confirmation письмо 15/2 of" in sent
    assert "transport: спецавтомобиль, route: Алматы — Бишкек, escort: два курьера" in sent
    assert reg.reg_no in card.windowTitle() or card.card.registration.reg_no == reg.reg_no
