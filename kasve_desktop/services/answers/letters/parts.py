"""What every response letter shares: the sender, the recipient's address, the window offset.

The address follows Posti's rules (letters.md): name; an optional c/o line;
street or PL; postal code and the locality in capitals (``70110 KUOPIO``); the
country in capitals on its own last line only for a foreign address, named in
the letter's language. At most six lines: an optional line is dropped before
anything the post needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.documents.letter import Sender, WindowOffset
from kasve_desktop.domain.notice_vocabulary import country_name
from kasve_desktop.domain.validation import display_phone
from kasve_desktop.i18n import gettext_in
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Controller, Setting

HOME_COUNTRY = "FI"
WINDOW_OFFSET_SETTING = "letter.window_offset"
OFFSET_LIMIT_MM = 15.0
"""The recipient block moves at most this far in either direction."""
MAX_ADDRESS_LINES = 6


@dataclass(frozen=True)
class Address:
    name: str
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    country: str = HOME_COUNTRY
    extra: str = ""
    """A c/o or department line, printed under the name when there is room."""


def address_lines(address: Address, lang: str) -> tuple[str, ...]:
    """The address as printed in the window, Posti's way."""
    place = " ".join(part for part in (address.postal_code.strip(),
                                       address.locality.strip().upper()) if part)
    country = (address.country or HOME_COUNTRY).upper()
    foreign = country_name(country, lang).upper() if country != HOME_COUNTRY else ""
    needed = [address.name.strip(), *address.street.strip().splitlines(), place, foreign]
    lines = [line.strip() for line in needed if line.strip()]
    if address.extra.strip() and len(lines) < MAX_ADDRESS_LINES:
        lines.insert(1, address.extra.strip())
    return tuple(lines[:MAX_ADDRESS_LINES])


def _main_controller(session: Session) -> Controller | None:
    return session.scalars(select(Controller).where(Controller.parent_id.is_(None))
                           .order_by(Controller.id).limit(1)).first()


def sender_of(session: Session, lang: str) -> Sender:
    """The controller as the letter's sender (empty name if none is entered yet)."""
    controller = _main_controller(session)
    if controller is None:
        return Sender("")
    place = " ".join(p for p in (controller.postal_code, controller.locality.upper()) if p)
    foreign = (country_name(controller.country, lang).upper()
               if controller.country and controller.country != HOME_COUNTRY else "")
    lines = tuple(line for line in (controller.street, place, foreign) if line)
    business_id = (gettext_in(lang, "Business ID {id}").format(id=controller.business_id)
                   if controller.business_id else "")
    footer = tuple(part for part in (business_id, display_phone(controller.phone),
                                     controller.email, controller.website) if part)
    return Sender(controller.name, lines, footer)


def window_offset(db: Database) -> WindowOffset:
    """The user's adjustment of the recipient block (Settings), clamped to ±15 mm."""
    with db.sessions() as session:
        setting = session.get(Setting, WINDOW_OFFSET_SETTING)
        value = setting.value if setting is not None else {}
    return WindowOffset(_clamped(value.get("right_mm")), _clamped(value.get("down_mm")))


def _clamped(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return max(-OFFSET_LIMIT_MM, min(OFFSET_LIMIT_MM, float(value)))


def set_window_offset(db: Database, offset: WindowOffset) -> WindowOffset:
    clamped = WindowOffset(_clamped(offset.right_mm), _clamped(offset.down_mm))
    with transaction(db) as session:
        setting = session.get(Setting, WINDOW_OFFSET_SETTING)
        value: dict[str, object] = {"right_mm": clamped.right_mm, "down_mm": clamped.down_mm}
        if setting is None:
            session.add(Setting(key=WINDOW_OFFSET_SETTING, value=value))
        else:
            setting.value = value
    return clamped
