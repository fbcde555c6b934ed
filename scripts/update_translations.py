"""Refresh resources/i18n/mmstudio_{en,zh_CN}.{ts,qm} from the sources: run after adding or changing any string.

    .venv/bin/python scripts/update_translations.py

One run, both languages:
- pyside6-lupdate collects every tr() string of mmstudio/gui, plus the core's strings the window shows through
  core_tr() (titles and descriptions of media and models, sample-set titles, explanation methods; context
  "mmstudio.core"), which this script takes from the registry so none goes missing, and the templates of the
  core's messages (every `message("...")` in mmstudio/core, found by reading the sources; context
  "mmstudio.core.messages", shown through core_message()). Keep their {placeholders} in the translation.
- New strings are added unfinished, translations already made are kept, strings no longer used are dropped.
- English: only plural forms. Qt shows "%n example(s)" untranslated; the English file turns it into "1 example" /
  "24 examples", made here from the "(s)" in the source.
- Simplified Chinese: translate what is unfinished (Qt Linguist, or by hand in mmstudio_zh_CN.ts: fill in the
  <translation> and remove type="unfinished"), then run this script again to compile it. tests/gui/test_chinese.py
  fails while a string is untranslated.
- PySide's self.tr() uses the runtime class as context, so a subclass (ImageTab) also gets a copy of its base
  class's (ModalityTab's) messages, translation included: translate the base class's message.
"""

from __future__ import annotations

import ast
import copy
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"en": "en_US", "zh_CN": "zh_CN"}  # file name -> the language lupdate writes in it
CORE_CONTEXT = "mmstudio.core"  # mmstudio/gui/translation.py
MESSAGES_CONTEXT = "mmstudio.core.messages"
BIN = Path(sys.executable).parent
PLURAL = re.compile(r"(\w+)\(s\)")
EXPLAIN_METHOD = re.compile(r'^METHOD = "([^"]+)"', re.M)


def ts_path(language: str) -> Path:
    return I18N / f"mmstudio_{language}.ts"


def forms(source: str) -> tuple[str, str]:
    """('1 file was', '%n files were') style pairs from 'file(s)'; 'were' / 'was' follow the count."""
    singular = PLURAL.sub(r"\1", source).replace(" were ", " was ")
    plural = PLURAL.sub(r"\1s", source)
    return singular, plural


def core_strings() -> list[str]:
    """Every core string the window passes to core_tr(), from the registry and the explanation methods."""
    sys.path.insert(0, str(ROOT))
    from mmstudio.core.media import MEDIA

    found = []
    for medium in MEDIA.values():
        found += [medium.title, medium.description, *medium.samples()]
        for spec in medium.models.values():
            found += [spec.title, spec.description]
    for module in sorted((ROOT / "mmstudio" / "core" / "explain").glob("*.py")):
        found += EXPLAIN_METHOD.findall(module.read_text(encoding="utf-8"))
    return list(dict.fromkeys(found))


def message_templates() -> list[str]:
    """The template of every `message("...")` call in mmstudio/core (core/messages.py), in source order."""
    found = []
    for module in sorted((ROOT / "mmstudio" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "message":
                template = node.args[0] if node.args else None
                if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                    raise SystemExit(f"{module}:{node.lineno}: message() needs a literal template")
                found.append(template.value)
    return list(dict.fromkeys(found))


def gui_sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "mmstudio" / "gui").rglob("*.py"))]


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


def extract(ts: Path, language: str) -> ET.ElementTree:
    """Bring `ts` up to date with the sources (created if missing): new messages unfinished, translations kept,
    obsolete ones dropped, base-class messages copied into subclass contexts."""
    sources = gui_sources()
    with tempfile.TemporaryDirectory() as folder:
        core = Path(folder) / "core_strings.py"  # lupdate reads the core's strings from a generated source
        lines = [f"QT_TRANSLATE_NOOP({CORE_CONTEXT!r}, {text!r})" for text in core_strings()]
        lines += [f"QT_TRANSLATE_NOOP({MESSAGES_CONTEXT!r}, {text!r})" for text in message_templates()]
        core.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [str(BIN / "pyside6-lupdate"), *sources, str(core), "-ts", str(ts)]
        subprocess.run([*command, "-target-language", language, "-no-obsolete", "-silent"], check=True)
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        if context.findtext("name") in (CORE_CONTEXT, MESSAGES_CONTEXT):
            for message in context.iter("message"):
                for location in message.findall("location"):  # the generated file is gone
                    message.remove(location)
    add_inherited_contexts(tree.getroot(), sources)
    return tree


def english_plurals(tree: ET.ElementTree) -> None:
    """'%n example(s)' -> '%n example' / '%n examples', the two English forms."""
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text


def unfinished(tree: ET.ElementTree) -> list[str]:
    """The sources of messages still waiting for a translation."""
    return [
        message.findtext("source") or ""
        for message in tree.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]


def main() -> None:
    for language, target in LANGUAGES.items():
        ts = ts_path(language)
        tree = extract(ts, target)
        if language == "en":
            english_plurals(tree)
        else:
            waiting = sorted(set(unfinished(tree)))
            print(f"{ts.name}: {len(waiting)} string(s) to translate", *waiting, sep="\n  ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm), "-nounfinished", "-silent"], check=True)


if __name__ == "__main__":
    main()
