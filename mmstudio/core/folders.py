"""Turn a folder whose sub-folders are classes into labelled files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message


@dataclass
class FolderScan:
    classes: dict[str, list[Path]] = field(default_factory=dict)
    loose_files: list[Path] = field(default_factory=list)  # files at the root, which have no class
    other_files: list[Path] = field(default_factory=list)  # files of a type this modality does not read


def _visible(name: str) -> bool:
    return not name.startswith(".")


def files_in(folder: Path, extensions: frozenset[str], other: list[Path] | None = None) -> list[Path]:
    """Every matching file below `folder`, sorted, hidden ones left out."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or not all(_visible(p) for p in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() in extensions:
            found.append(path)
        elif other is not None:
            other.append(path)
    return found


def scan_class_folders(root: Path, extensions: frozenset[str]) -> FolderScan:
    root = Path(root)
    if not root.exists():
        raise DataError(message("The folder '{path}' does not exist.", path=root))
    if not root.is_dir():
        raise DataError(message("'{path}' is not a folder.", path=root))
    scan = FolderScan()
    for child in sorted(root.iterdir()):
        if not _visible(child.name):
            continue
        if child.is_dir():
            scan.classes[child.name] = files_in(child, extensions, scan.other_files)
        elif child.is_file():
            scan.loose_files.append(child)
    return scan


def looks_like_class_folder(folder: Path) -> bool:
    """True when `folder` holds sub-folders (classes) rather than example files itself."""
    return any(child.is_dir() and _visible(child.name) for child in Path(folder).iterdir())


@dataclass
class Collected:
    """What a drop or an 'Add files' brought in: whole classes, files still needing a class, and the rest."""

    classes: dict[str, list[Path]] = field(default_factory=dict)
    loose_files: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)

    def total(self) -> int:
        return sum(len(files) for files in self.classes.values()) + len(self.loose_files)


def collect_dropped(paths: list[Path], extensions: frozenset[str]) -> Collected:
    """A folder of class folders gives classes; a plain folder is one class named after it; files stay loose."""
    collected = Collected()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            if looks_like_class_folder(path):
                scan = scan_class_folders(path, extensions)
                for name, files in scan.classes.items():
                    collected.classes.setdefault(name, []).extend(files)
                collected.loose_files += [p for p in scan.loose_files if p.suffix.lower() in extensions]
                collected.ignored += [p for p in scan.loose_files if p.suffix.lower() not in extensions]
                collected.ignored += scan.other_files
            else:
                collected.classes.setdefault(path.name, []).extend(files_in(path, extensions, collected.ignored))
        elif path.is_file() and path.suffix.lower() in extensions:
            collected.loose_files.append(path)
        else:
            collected.ignored.append(path)
    return collected
