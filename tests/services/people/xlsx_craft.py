"""Workbooks made by hand (their XML written directly), to test the import's limits without
building huge files: rows that are only ``<row r="N"/>`` cost a few bytes each."""

from __future__ import annotations

import zipfile
from pathlib import Path

XML = '<?xml version="1.0" encoding="UTF-8"?>'
OOXML = "http://schemas.openxmlformats.org"
MAIN = f"{OOXML}/spreadsheetml/2006/main"
RELS = f"{OOXML}/package/2006/relationships"
DOC_RELS = f"{OOXML}/officeDocument/2006/relationships"
TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _parts(sheet: str) -> dict[str, str]:
    return {
        "[Content_Types].xml": (
            f'{XML}<Types xmlns="{OOXML}/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{TYPE}.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{TYPE}.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            f'{XML}<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'{XML}<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'{XML}<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet,
    }


def craft(path: Path, rows: int, dimension: str | None = None, padding: int = 0) -> Path:
    """A workbook of a header row (Nimi, Sähköposti) and blank rows up to row ``rows``;
    ``dimension`` its declared range; ``padding`` bytes of zeros in an extra part."""
    header = f'<row r="1">{_cell("A1", "Nimi")}{_cell("B1", "Sähköposti")}</row>'
    blank = "".join(f'<row r="{i}"/>' for i in range(2, rows + 1))
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = f'{XML}<worksheet xmlns="{MAIN}">{declared}<sheetData>{header}{blank}' \
            "</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _parts(sheet).items():
            archive.writestr(name, text)
        if padding:
            with archive.open("xl/media/padding.bin", "w") as part:
                chunk = bytes(1024 * 1024)
                for _ in range(padding // len(chunk)):
                    part.write(chunk)
    return path
