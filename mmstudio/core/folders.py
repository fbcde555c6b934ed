"""Turn a folder whose sub-folders are classes into labelled files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mmstudio.core.errors import DataError


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
        raise DataError(f"The folder '{root}' does not exist.")
    if not root.is_dir():
        raise DataError(f"'{root}' is not a folder.")
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
