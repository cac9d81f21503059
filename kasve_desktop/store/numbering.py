"""New records numbered before the flush, so that the ORM inserts them in batches.

Without a primary key the ORM inserts a new row at a time to read each id back
(``RETURNING``); given the id, it writes one ``executemany`` per table and flush. An id is
what SQLite would have chosen: the largest id + 1 (our tables have no AUTOINCREMENT), read
once per table and counted on — safe inside the one writing transaction that the
database's lock allows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session


class Numbering:
    """While entered, each new object of ``kinds`` in ``session`` gets its id at flush."""

    def __init__(self, session: Session, kinds: Iterable[type[Any]]) -> None:
        self.session = session
        self.kinds = tuple(kinds)
        self.next: dict[type[Any], int] = {}

    def __call__(self, session: Session, _context: object, _instances: object) -> None:
        for obj in session.new:
            kind = type(obj)
            if kind in self.kinds and getattr(obj, "id", None) is None:
                if kind not in self.next:
                    table = kind.__table__
                    self.next[kind] = int(session.scalar(
                        select(func.max(table.c.id))) or 0) + 1
                obj.id = self.next[kind]
                self.next[kind] += 1

    def __enter__(self) -> Numbering:
        event.listen(self.session, "before_flush", self)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.session, "before_flush", self)
