"""Documents: plain data in, finished documents out (no database, no Qt).

- ``fonts``: the embedded DejaVu Sans family, loaded from the package resources.
- ``styles``: page geometry, colours and paragraph styles shared by the PDFs.
- ``notice_pdf``: ``render_notice_pdf(notice) -> bytes``, the privacy notice as A4 PDF.
- ``notice_html``: ``render_notice_html(notice) -> str``, the same notice as a
  standalone HTML page for a website.
"""
