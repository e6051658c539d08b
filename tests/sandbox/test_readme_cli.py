"""Every `python -m sandbox ...` command the README shows is one the CLI accepts."""

from __future__ import annotations

import shlex
from pathlib import Path

from sandbox.__main__ import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_sandbox_commands_parse() -> None:
    commands = [
        line.strip()
        for line in README.read_text().splitlines()
        if line.strip().startswith("python -m sandbox ")
    ]
    assert any("--workers" in c for c in commands)
    assert any(" seed " in c for c in commands)
    assert any("postgresql://" in c for c in commands)
    parser = build_parser()
    for command in commands:
        args = parser.parse_args(shlex.split(command)[3:])
        assert args.command in {"serve", "reset", "seed", "demo"}, command


def test_every_option_has_help_with_its_default() -> None:
    parser = build_parser()
    for action in parser._subparsers._group_actions[0].choices.values():  # type: ignore[union-attr]
        for opt in action._actions:
            if opt.dest == "help" or not opt.option_strings:
                continue
            assert opt.help, f"{opt.option_strings} has no help"
            if not opt.required:
                assert (
                    "%(default)s" in action.formatter_class(prog="x")._get_help_string(opt)
                    or "default" in opt.help
                ), opt.option_strings
