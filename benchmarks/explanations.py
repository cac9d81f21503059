"""Why a figure in RESULTS.md misses its target, and what it would take.

Keyed by how the figure's name starts (``benchmarks.figures.explanation``). Written by
hand from the measurements of ``python -m benchmarks`` on the development machine (2
cores, shared) on 2 December 2026; the figures with SQLCipher's memory security off come
from the same command run with ``KASVE_CIPHER_MEMORY_SECURITY=off``. A figure that misses
its target without an entry here is marked TODO in RESULTS.md.

Most of what is left has one cause: the application keeps SQLCipher's memory security
on (``PRAGMA cipher_memory_security``, a promise of the README's Security section), and
then every allocation SQLite makes is locked in memory and wiped when freed. Work that
allocates per row — sorting, text functions, writing rows — costs several times more
than on the unencrypted reference.
"""

from __future__ import annotations

MEMORY_SECURITY = (
    "SQLCipher's memory security is on (the README's Security section promises it): every "
    "allocation SQLite makes is locked in memory and wiped when freed")

WHY_NOT: dict[str, str] = {
    "Process start → unlock dialog shown": (
        "the reference is Python, PySide6 and one dialog; on top of them the product "
        "imports its command line, window controller, the unlock dialog's generated form, "
        "the translation catalog and the local state — about 70 ms in `python -X "
        "importtime`, 15 ms of it the editable install's finder, which an installed build "
        "does not have — and lays out a larger dialog. The ratio moves between 1.45× and "
        "1.9× from run to run on this shared machine. Steadily within 1.5× would take the "
        "installed, byte-compiled build (issue 16) and building the unlock dialog without "
        "the generated form module, then measuring again."),
    "Person search, 100,000 people, median": (
        "the reference reads an unencrypted copy through Python's own SQLite; ours "
        "decrypts and authenticates every page it reads and, with " + MEMORY_SECURITY
        + ". A search finding thousands reads them in the name index's order (0.4 s → "
        "35 ms for 20,000 found); what is left is per-page decryption and FTS5's "
        "allocations for prefix terms. It would take turning memory security off."),
    "Person search, 100,000 people, p99": (
        "the slowest searches are those whose index and person pages are read for the "
        "first time in the run (each page decrypted): a first name matching 900 people "
        "read across the last-name index takes ~80 ms once and ~35 ms again. A larger page "
        "cache does not help a first read; it would take memory security off and fewer "
        "pages per person (the rows are wide)."),
    "Inbox opens, 10,000 requests": (
        "at 100 requests the work is mostly fixed (Qt, the countdowns of the first rows); "
        "at 10,000, SQLite computes the date in force of each open request — 2,400 of "
        "10,000 in this synthetic set, where a real inbox has tens — and sorts them, and "
        "the sort allocates per row while " + MEMORY_SECURITY + " (with it off: 41 ms, "
        "2.1×). The date in force depends on today while a request is paused, so it cannot "
        "be indexed as it is; flat would take a stored, indexed unmoved date (migration "
        "0004 removed the stored date so that it has one source: it would come back as a "
        "generated column) with the pause added only to the paused few."),
    "Inbox filter “Overdue”, 10,000 requests": (
        "the same as opening the inbox: the 2,100 overdue requests of this synthetic set "
        "are counted and sorted by the date in force computed per request, and "
        + MEMORY_SECURITY + " (with it off: 49 ms, 2.0×). The same stored, indexed "
        "unmoved date would make it flat."),
    "Inbox search, 10,000 requests": (
        "the search is a LIKE over five text columns of every request (reference, name, "
        "e-mail, phone, description): it reads all 10,000, which the 100-request reference "
        "does not (with memory security off it is the same, 50 ms, 3×). Flat would take a "
        "full-text index of requests like the people's (`person_fts`); at a real inbox's "
        "size (hundreds) the scan takes a few milliseconds."),
    "Switching to": (
        "a first visit reads the area's first page and its counts from pages not read "
        "before (each decrypted), and a full garbage collection or the end of another "
        "area's background job can fall into it; the same visit measured alone takes "
        "well under the target. Steadily under it would take reading the first page off "
        "the GUI thread with the rows painted as they come."),
    "Unlock → inbox painted": (
        "besides the key derivation, unlocking opens the schema check and the audit "
        "anchor, creates the window with its eight areas and reads the inbox's first page "
        "(the other areas wait for their first visit). What is left beyond 0.3 s is "
        "mostly creating the window's widgets and the first SQL compilation."),
    "Import of a 10,000-row CSV": (
        "the floor itself — `executemany` of the same rows into the same tables — takes "
        "about 30 s here because " + MEMORY_SECURITY + " (1.3 s with it off): 5 s cannot be "
        "reached with it on. The import writes one `executemany` per table and batch "
        "(store/numbering.py) and is about 1.4× that floor. With memory security off the "
        "whole import takes 9.6 s: besides the writes, each row is validated, matched "
        "against the people already known and turned into ORM objects in Python. ≤ 5 s "
        "would take memory security off for the import (a security decision, not a "
        "speed-up) and writing the rows with Core inserts instead of the ORM's unit of "
        "work."),
    "Transfer import of an event with 500 sign-ups": (
        "reading and previewing the file takes ~0.17 s; writing the 500 people, their "
        "e-mails, register entries and sign-ups (one `executemany` per table) takes the "
        "rest, because " + MEMORY_SECURITY + ". With memory security off the whole "
        "import takes 0.76 s."),
}
