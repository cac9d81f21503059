"""The window's command line is read without the subcommands, to the same result."""

from __future__ import annotations

import pytest

from kasve_desktop.cli import build_parser, parse, window_only

WINDOW_LINES = [[], ["--db", "x.db"], ["--db=x.db"], ["--demo"], ["--lang", "sv"],
                ["--lang=en", "--db", "init"], ["--db", "a.db", "--db", "b.db", "--demo"]]
OTHER_LINES = [["init", "--db", "x.db"], ["--help"], ["-h"], ["--version"], ["--de"],
               ["--db"], ["--demo=1"], ["--lang"], ["--", "--db"], ["--db", "x.db", "check"]]


@pytest.mark.parametrize("argv", WINDOW_LINES)
def test_window_options_are_read_as_the_whole_parser_reads_them(argv: list[str]) -> None:
    assert window_only(argv)
    args, handlers = parse(argv)
    parser, _handlers = build_parser()
    assert vars(args) == vars(parser.parse_args(argv))
    assert args.command is None and handlers == {}


@pytest.mark.parametrize("argv", OTHER_LINES)
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert not window_only(argv)


def test_an_invalid_window_option_gets_the_whole_parsers_message() -> None:
    from kasve_desktop.cli.common import UsageError

    with pytest.raises(UsageError) as ours:
        parse(["--lang", "xx"])
    parser, _handlers = build_parser()
    with pytest.raises(UsageError) as whole:
        parser.parse_args(["--lang", "xx"])
    assert str(ours.value) == str(whole.value)


def test_a_subcommand_is_parsed_with_its_handler() -> None:
    args, handlers = parse(["check", "--db", "x.db"])
    assert args.command == "check" and "check" in handlers


@pytest.mark.parametrize("argv", [["--lang", "sv"], ["--demo", "--lang=sv"]])
def test_the_window_gets_the_command_lines_language(
        monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    """``kasve-desktop --demo --lang sv`` hands ``sv`` to the window, which lets it win
    over the saved language (tests/gui/test_controller.py)."""
    import kasve_desktop.gui.app as app
    from kasve_desktop.cli import main

    seen: list[str | None] = []

    def window(_db: object, _demo: bool, _clock: object, lang: str | None = None) -> int:
        seen.append(lang)
        return 0

    monkeypatch.setattr(app, "run_window", window)
    assert main(argv) == 0
    assert seen == ["sv"]
