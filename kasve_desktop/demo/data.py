"""Reading the demo's data files: TOML shipped inside this package, read strictly.

``read("seed.toml")`` gives the file's top table. A key that is missing or holds
a value of the wrong kind is a ``DemoDataError`` naming the file and the place
(``seed.toml/sources/items/2: 'text' is missing``), never a silent default: the
demo is built from what the files say, and only the keys a reader calls
optional may be left out.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import TypeVar

PACKAGE = "kasve_desktop.demo"
V = TypeVar("V")
KINDS: dict[type, str] = {str: "a string", int: "an integer", bool: "true or false",
                          dict: "a table", list: "an array", dt.date: "a date"}
E = TypeVar("E", bound=StrEnum)


class DemoDataError(ValueError):
    """A data file of the demo lacks something its reader needs, or has it in another form."""


@dataclass(frozen=True)
class Table:
    """One table of a data file, and where it is (for the error messages)."""

    values: Mapping[str, object]
    where: str

    def _get(self, key: str, kind: type[V]) -> V:
        if key not in self.values:
            raise DemoDataError(f"{self.where}: {key!r} is missing")
        value = self.values[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise DemoDataError(f"{self.where}: {key!r} is not {KINDS[kind]}")
        return value

    def names(self) -> list[str]:
        """The keys of this table, in the file's order."""
        return list(self.values)

    def table(self, key: str) -> Table:
        return Table(self._get(key, dict), f"{self.where}/{key}")

    def tables(self, key: str) -> list[Table]:
        """An array of tables (``[[key]]``)."""
        rows = self._get(key, list)
        if not all(isinstance(row, dict) for row in rows):
            raise DemoDataError(f"{self.where}: {key!r} is not an array of tables")
        return [Table(row, f"{self.where}/{key}/{n}") for n, row in enumerate(rows)]

    def text(self, key: str, optional: bool = False) -> str:
        """A string; an optional one left out is empty."""
        if optional and key not in self.values:
            return ""
        return self._get(key, str)

    def texts(self, key: str) -> tuple[str, ...]:
        """An array of strings."""
        values = self._get(key, list)
        if not all(isinstance(value, str) for value in values):
            raise DemoDataError(f"{self.where}: {key!r} is not an array of strings")
        return tuple(values)

    def paragraphs(self, key: str) -> str:
        """An array of paragraphs as one text, the paragraphs separated by a blank line."""
        return "\n\n".join(self.texts(key))

    def number(self, key: str) -> int:
        return self._get(key, int)

    def boolean(self, key: str) -> bool:
        """A yes or no that must be given."""
        return self._get(key, bool)

    def date(self, key: str) -> dt.date:
        """A TOML local date (``2021-02-01``)."""
        value = self._get(key, dt.date)
        if isinstance(value, dt.datetime):
            raise DemoDataError(f"{self.where}: {key!r} is not {KINDS[dt.date]}")
        return value

    def has(self, key: str) -> bool:
        """Is the (optional) ``key`` given?"""
        return key in self.values

    def flag(self, key: str) -> bool | None:
        """A yes or no; left out: undecided."""
        return None if key not in self.values else self._get(key, bool)

    def texts_by_key(self, key: str) -> dict[str, str]:
        """A table of strings, in the file's order."""
        table = self.table(key)
        return {name: table.text(name) for name in table.names()}

    def texts_by(self, key: str, kind: type[E], every: bool = False) -> dict[E, str]:
        """A table of strings whose keys are values of ``kind`` (``every``: all of them)."""
        where = f"{self.where}/{key}"
        texts = {member(kind, name, where): text for name, text in self.texts_by_key(key).items()}
        missing = [value.value for value in kind if value not in texts]
        if every and missing:
            raise DemoDataError(f"{where}: {', '.join(map(repr, missing))} missing")
        return texts


def member(kind: type[E], value: str, where: str) -> E:
    """``kind(value)``, or a ``DemoDataError`` saying where the unknown value is."""
    try:
        return kind(value)
    except ValueError:
        raise DemoDataError(f"{where}: {value!r} is not a {kind.__name__}") from None


def parse(name: str, text: str) -> Table:
    """The top table of the TOML ``text`` of the data file ``name``."""
    try:
        return Table(tomllib.loads(text), name)
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{name}: {error}") from error


def read(name: str) -> Table:
    """The top table of the data file ``name`` of this package."""
    return parse(name, resources.files(PACKAGE).joinpath(name).read_text("utf-8"))
