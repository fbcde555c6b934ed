"""Refresh resources/i18n/mmstudio_en.{ts,qm}: English plural forms for every tr() string that counts (%n).

Run after adding or changing a tr() string with %n:  .venv/bin/python scripts/update_translations.py
Qt shows "%n example(s)" untranslated; the English file turns it into "1 example" / "24 examples".
PySide's self.tr() uses the runtime class as context, so a subclass (ImageTab) also gets a copy of its base
class's (ModalityTab's) messages.
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "mmstudio_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
PLURAL = re.compile(r"(\w+)\(s\)")


def forms(source: str) -> tuple[str, str]:
    """('1 file was', '%n files were') style pairs from 'file(s)'; 'were' / 'was' follow the count."""
    singular = PLURAL.sub(r"\1", source).replace(" were ", " was ")
    plural = PLURAL.sub(r"\1s", source)
    return singular, plural


def add_inherited_contexts(root: ET.Element, sources: list[str]) -> None:
    """Copy each class's messages into the contexts of its subclasses in mmstudio/gui (mixins included)."""
    bases: dict[str, list[str]] = {}
    for source in sources:
        for name, listed in re.findall(r"^class (\w+)\(([^)]*)\)", Path(source).read_text(), re.M):
            bases[name] = [base.strip() for base in listed.split(",")]
    contexts = {c.findtext("name"): c for c in root.iter("context")}

    def ancestors(name: str) -> list[str]:
        found = []
        for base in bases.get(name, []):
            found += [base, *ancestors(base)]
        return found

    for name in bases:
        for ancestor in ancestors(name):
            if ancestor not in contexts:
                continue
            target = contexts.get(name)
            if target is None:
                target = contexts[name] = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
            known = {m.findtext("source") for m in target.iter("message")}
            for message in contexts[ancestor].iter("message"):
                if message.findtext("source") not in known:
                    target.append(copy.deepcopy(message))


def main() -> None:
    sources = [str(p) for p in sorted((ROOT / "mmstudio" / "gui").rglob("*.py"))]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete", "-silent"], check=True)
    tree = ET.parse(TS)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    add_inherited_contexts(tree.getroot(), sources)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM), "-silent"], check=True)


if __name__ == "__main__":
    main()
