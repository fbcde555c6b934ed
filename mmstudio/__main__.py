"""`mmstudio` with no arguments opens the window; with a sub-command it runs the CLI."""

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from mmstudio.gui.app import run_gui

        return run_gui()
    from mmstudio.cli import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
