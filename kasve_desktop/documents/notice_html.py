"""The privacy notice as a standalone HTML5 page, for publishing on a website.

One self-contained document: a small inline style sheet and nothing fetched
from anywhere (no links, scripts, web fonts or images). Every text is escaped;
a register text still in Finnish carries ``lang="fi"`` and the untranslated
marker in the notice's own language.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from kasve_desktop.domain.notice import (
    SOURCE_LANGUAGE,
    Block,
    Bullets,
    Fields,
    Notice,
    Paragraph,
    Section,
    SubHeading,
)

STYLE_SHEET = """
body { margin: 0; background: #fff; color: #1a1a1a;
  font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem; line-height: 1.55; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
header { border-bottom: 1px solid #bbb; padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
p, ul, dl { margin: 0 0 .75rem; }
ul { padding-left: 1.5rem; }
.lead { margin: 0; color: #555; font-size: .9rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.5rem; }
dt { color: #555; }
dd { margin: 0; overflow-wrap: anywhere; }
.untranslated { font-style: italic; }
.untranslated-note { margin-bottom: .2rem; color: #555; font-size: .85rem; font-style: italic; }
@media (max-width: 32rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; } }
@media print { main { max-width: none; padding: 0; } h2, h3 { break-after: avoid; } }
""".strip()


def render_notice_html(notice: Notice) -> str:
    """The notice as a complete HTML5 document (a ``str``; encode it as UTF-8)."""
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{_escape(notice.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_escape(notice.title)}</title>",
        f"<style>\n{STYLE_SHEET}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        *_header(notice),
    ]
    for block in notice.intro:
        lines.extend(_block(block, notice))
    for section in notice.sections:
        lines.extend(_section(section, notice))
    lines += ["</main>", "</body>", "</html>", ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    """Escaped ``text`` with its line breaks kept as ``<br>``."""
    return "<br>\n".join(_escape(line) for line in text.strip().splitlines())


def _header(notice: Notice) -> Iterator[str]:
    yield "<header>"
    yield f"<h1>{_escape(notice.title)}</h1>"
    for line in (notice.legal_references, notice.version_label):
        if line.strip():
            yield f'<p class="lead">{_lines(line)}</p>'
    yield "</header>"


def _section(section: Section, notice: Notice) -> Iterator[str]:
    yield f'<section id="section-{section.number}">'
    yield f"<h2>{_escape(section.title)}</h2>"
    for block in section.blocks:
        yield from _block(block, notice)
    yield "</section>"


def _block(block: Block, notice: Notice) -> Iterator[str]:
    if isinstance(block, SubHeading):
        if block.text.strip():
            yield f"<h3>{_escape(block.text)}</h3>"
    elif isinstance(block, Fields):
        yield from _fields(block)
    elif isinstance(block, Paragraph):
        if block.text.strip():
            yield from _note(block.untranslated, notice)
            yield f"<p{_source_lang(block.untranslated)}>{_lines(block.text)}</p>"
    elif isinstance(block, Bullets) and block.items:
        yield from _note(block.untranslated, notice)
        yield f"<ul{_source_lang(block.untranslated)}>"
        yield from (f"<li>{_lines(item)}</li>" for item in block.items)
        yield "</ul>"


def _fields(block: Fields) -> Iterator[str]:
    if not block.rows:
        return
    yield "<dl>"
    for label, value in block.rows:
        yield f"<dt>{_lines(label)}</dt><dd>{_lines(value)}</dd>"
    yield "</dl>"


def _source_lang(untranslated: bool) -> str:
    """The attributes of an element whose text is still in the source language."""
    return f' lang="{SOURCE_LANGUAGE}" class="untranslated"' if untranslated else ""


def _note(untranslated: bool, notice: Notice) -> Iterator[str]:
    if untranslated and notice.untranslated_marker.strip():
        yield f'<p class="untranslated-note">{_escape(notice.untranslated_marker)}</p>'

