"""The privacy notice as a standalone web page, parsed back with the standard library."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from kasve_desktop.documents.notice_html import render_notice_html
from kasve_desktop.domain.notice import (
    HEADINGS,
    Bullets,
    Fields,
    Notice,
    Paragraph,
    Section,
    SubHeading,
)
from tests.documents.sample import (
    FOREIGN_TEXT,
    LEGAL_FI,
    MARKER_SV,
    MARKUP_TEXT,
    UNTRANSLATED_FI,
    UNTRANSLATED_ITEMS,
    VERSION_FI,
    finnish_notice,
    swedish_notice,
)

VOID = {"meta", "br", "link", "img", "input", "hr", "source", "base"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return " ".join(" ".join(parts).split())

    def find_all(self, tag: str) -> list[Element]:
        found = [self] if self.tag == tag else []
        for child in self.children:
            if isinstance(child, Element):
                found += child.find_all(tag)
        return found

    def elements(self) -> list[Element]:
        found = [self]
        for child in self.children:
            if isinstance(child, Element):
                found += child.elements()
        return found


class TreeBuilder(HTMLParser):
    """A strict little tree: every non-void element must be closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(page: str) -> TreeBuilder:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.current is builder.root, "unclosed elements"
    return builder


@pytest.fixture(scope="module")
def fi_page() -> str:
    return render_notice_html(finnish_notice())


@pytest.fixture(scope="module")
def fi_tree(fi_page: str) -> Element:
    return parse(fi_page).root


def test_a_complete_html5_document_in_the_notices_language(fi_page: str) -> None:
    builder = parse(fi_page)
    assert builder.doctype.lower() == "doctype html"
    (html,) = builder.root.find_all("html")
    assert html.attrs["lang"] == "fi"
    assert html.find_all("meta")[0].attrs == {"charset": "utf-8"}
    assert [t.text() for t in html.find_all("title")] == ["Tietosuojaseloste"]
    (swedish,) = parse(render_notice_html(swedish_notice())).root.find_all("html")
    assert swedish.attrs["lang"] == "sv"


def test_title_references_and_version_under_one_h1(fi_tree: Element) -> None:
    (h1,) = fi_tree.find_all("h1")
    assert h1.text() == "Tietosuojaseloste"
    header = fi_tree.find_all("header")[0]
    assert [p.text() for p in header.find_all("p")] == [" ".join(LEGAL_FI.split()), VERSION_FI]


def test_every_section_is_a_section_with_its_h2_in_order(fi_tree: Element) -> None:
    sections = fi_tree.find_all("section")
    expected = [f"{n}. {heading}" for n, heading in enumerate(HEADINGS["fi"], start=1)]
    assert [s.find_all("h2")[0].text() for s in sections] == expected
    assert [h.text() for h in fi_tree.find_all("h2")] == expected
    assert all(len(s.find_all("h2")) == 1 for s in sections)


def test_blocks_become_paragraphs_lists_subheadings_and_definition_lists(
        fi_tree: Element) -> None:
    for section, notice_section in zip(fi_tree.find_all("section"), finnish_notice().sections,
                                       strict=True):
        texts = {p.text() for p in section.find_all("p")}
        for block in notice_section.blocks:
            if isinstance(block, Paragraph):
                assert " ".join(block.text.split()) in texts
            elif isinstance(block, SubHeading):
                assert block.text in [h.text() for h in section.find_all("h3")]
            elif isinstance(block, Bullets):
                items = [li.text() for ul in section.find_all("ul") for li in ul.find_all("li")]
                assert list(block.items) == items
            else:
                dl = section.find_all("dl")
                pairs = [(dt.text(), dd.text()) for d in dl
                         for dt, dd in zip(d.find_all("dt"), d.find_all("dd"), strict=True)]
                assert [(k, " ".join(v.split())) for k, v in block.rows] == pairs


def test_line_breaks_become_br(fi_tree: Element) -> None:
    paragraph = next(p for p in fi_tree.find_all("p") if "Suostumuksen voi" in p.text())
    assert len(paragraph.find_all("br")) == 1
    value = next(dd for dd in fi_tree.find_all("dd") if "Kopion saa" in dd.text())
    assert len(value.find_all("br")) == 1


def test_nothing_is_fetched_from_anywhere(fi_page: str, fi_tree: Element) -> None:
    tags = {element.tag for element in fi_tree.elements()}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "a"}
    for element in fi_tree.elements():
        for name, value in element.attrs.items():
            assert name not in {"src", "href", "srcset", "action"}
            assert "http" not in value and not name.startswith("on")
    (style,) = fi_tree.find_all("style")
    assert "url(" not in style.text() and "@import" not in style.text()
    assert "http" not in fi_page


def test_text_is_escaped_everywhere() -> None:
    hostile = '<script>alert("x")</script> & <b>"quoted"</b>'
    sections = (Section(1, hostile, (
        Paragraph(hostile), SubHeading(hostile), Bullets((hostile,)),
        Fields(((hostile, hostile),)),
    )),)
    page = render_notice_html(Notice("fi", hostile, hostile, sections, version_label=hostile,
                                     untranslated_marker=hostile))
    tree = parse(page).root
    assert not tree.find_all("script") and not tree.find_all("b")
    assert tree.find_all("title")[0].text() == " ".join(hostile.split())
    assert tree.find_all("h2")[0].text() == f"1. {hostile}"
    for tag in ("h1", "h3", "li", "dt", "dd"):
        assert tree.find_all(tag)[0].text() == hostile, tag
    assert "&lt;script&gt;" in page


def test_markup_and_foreign_letters_survive(fi_page: str, fi_tree: Element) -> None:
    texts = [p.text() for p in fi_tree.find_all("p")]
    assert MARKUP_TEXT in texts
    assert "A &amp; B &lt;c&gt;" in fi_page
    assert any(FOREIGN_TEXT in text for text in texts)
    assert "Łódźin" in fi_page  # as UTF-8 text, not as character references


def test_untranslated_blocks_carry_lang_fi_and_the_marker() -> None:
    tree = parse(render_notice_html(swedish_notice())).root
    marked = [e for e in tree.elements() if e.attrs.get("lang") == "fi"]
    assert [e.tag for e in marked] == ["p", "ul"]
    assert marked[0].text() == UNTRANSLATED_FI
    assert [li.text() for li in marked[1].find_all("li")] == list(UNTRANSLATED_ITEMS)
    for element in marked:
        assert element.parent is not None
        siblings = [c for c in element.parent.children if isinstance(c, Element)]
        before = siblings[siblings.index(element) - 1]
        assert before.text() == MARKER_SV and "lang" not in before.attrs
    translated = next(p for p in tree.find_all("p") if "Personuppgifterna" in p.text())
    assert "lang" not in translated.attrs


def test_without_a_marker_text_no_empty_note_is_written() -> None:
    sections = (Section(1, "Otsikko", (Paragraph("Teksti", untranslated=True),)),)
    tree = parse(render_notice_html(Notice("en", "Privacy notice", "", sections))).root
    assert [p.text() for p in tree.find_all("section")[0].find_all("p")] == ["Teksti"]
    assert tree.find_all("p")[-1].attrs["lang"] == "fi"


def test_intro_comes_before_the_first_section() -> None:
    import dataclasses

    from kasve_desktop.documents.notice_html import render_notice_html
    from kasve_desktop.domain.notice import Paragraph
    from tests.documents.sample import finnish_notice

    notice = dataclasses.replace(finnish_notice(), intro=(Paragraph("Johdanto & <ehto>"),))
    page = render_notice_html(notice)
    assert "<p>Johdanto &amp; &lt;ehto&gt;</p>" in page
    assert page.index("Johdanto") < page.index('<section id="section-1">')
