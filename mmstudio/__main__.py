"""`mmstudio` with no arguments opens the window; `mmstudio PROJECT.mmproject` opens it with that project;
with a sub-command it runs the CLI.

A project file that is missing or not a project is refused before the window opens, as the CLI refuses bad
input: one `error: ...` line on stderr and exit status 2. (Moved example files or a damaged model file inside a
good project are told in the window, which opens the rest.)
"""

import sys
from pathlib import Path

PROJECT_SUFFIX = ".mmproject"
USER_ERROR = 2


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from mmstudio.gui.app import run_gui

        return run_gui()
    if len(args) == 1 and args[0].endswith(PROJECT_SUFFIX):
        return open_project(Path(args[0]))
    from mmstudio.cli import run_cli

    return run_cli(args)


def open_project(path: Path) -> int:
    from mmstudio.core.errors import MMStudioError
    from mmstudio.core.project import check_project_file

    try:
        check_project_file(path)
    except MMStudioError as error:
        print("error: " + " ".join(str(error).split()), file=sys.stderr, flush=True)
        return USER_ERROR
    from mmstudio.gui.app import run_gui

    return run_gui(project=path.absolute())


if __name__ == "__main__":
    sys.exit(main())
