"""``python -m contract COMMAND ...``: one entry point for the contract tools."""

from __future__ import annotations

import importlib
import sys

# command -> (module, one-line help); each module has ``main(argv) -> int``.
COMMANDS = {
    "run": ("contract.run", "schemathesis over every operation (embedded sandbox or --base-url)"),
    "proxy": ("contract.proxy", "validating, recording proxy in front of a deployment (HAR)"),
    "drift": ("contract.drift", "report where recorded traffic (HAR) differs from the spec"),
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help") or args[0] not in COMMANDS:
        print("usage: python -m contract COMMAND [options]\n\ncommands:")
        for name, (_, text) in COMMANDS.items():
            print(f"  {name:<8} {text}")
        return 0 if args and args[0] in ("-h", "--help") else 2
    module = importlib.import_module(COMMANDS[args[0]][0])
    return int(module.main(args[1:]))


if __name__ == "__main__":
    sys.exit(main())
