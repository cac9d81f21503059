"""Keep the gettext catalogs in translations/ in step with the code.

    python tools/catalogs.py update            extract messages, update fi/sv/en catalogs
    python tools/catalogs.py missing fi        list messages lacking a Finnish translation
    python tools/catalogs.py apply fi FILE     set translations from a JSON object
                                               {"msgid": "text" or ["singular", "plural"]}

The English catalog mirrors the source strings (they are written in English),
so that a wording can be adjusted there without touching the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "kasve_desktop"
LANGUAGES = ("fi", "sv", "en")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "gettext_in": (2,)}


def extract() -> Catalog:
    """Every translatable message of the package, as a template catalog."""
    template = Catalog(project="Kasve Desktop", domain=DOMAIN)
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            ROOT / DOMAIN, method_map, keywords=KEYWORDS):
        template.add(message, None, [(f"{DOMAIN}/{filename}", lineno)],
                     auto_comments=comments, context=context)
    return template


def po_path(lang: str) -> Path:
    return ROOT / "translations" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN, project="Kasve Desktop")
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def save(lang: str, catalog: Catalog) -> None:
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True,
                 ignore_obsolete=True)


def update() -> None:
    template = extract()
    for lang in LANGUAGES:
        catalog = load(lang)
        catalog.update(template, no_fuzzy_matching=True)
        if lang == "en":
            for message in catalog:
                if message.id and not _translated(message.string):
                    message.string = message.id
        save(lang, catalog)


def _translated(value: object) -> bool:
    if isinstance(value, tuple | list):
        return all(value)
    return bool(value)


def missing(lang: str) -> list[object]:
    return [m.id for m in load(lang) if m.id and (not _translated(m.string) or m.fuzzy)]


def apply(lang: str, source: Path) -> None:
    catalog = load(lang)
    texts = json.loads(source.read_text(encoding="utf-8"))
    for message in catalog:
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if key in texts:
            value = texts[key]
            message.string = tuple(value) if isinstance(value, list) else value
            message.flags.discard("fuzzy")
    save(lang, catalog)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["missing"] and len(argv) == 2:
        for message_id in missing(argv[1]):
            print(json.dumps(message_id, ensure_ascii=False))
    elif argv[:1] == ["apply"] and len(argv) == 3:
        apply(argv[1], Path(argv[2]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
