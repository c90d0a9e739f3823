#!/usr/bin/env python3
"""Checks translations/*.ts: every entry finished, placeholders kept, nothing left in English.

    check_translations.py [TS_FILE ...]      (default: every translations/*.ts)

Fails (exit 1) when a .ts file has an unfinished, empty, vanished or obsolete entry, a
translation that drops or adds a placeholder (%1..%99, %n) or changes the number of
plural forms a language needs, or -- in a language other than English -- a translation
equal to its English source, unless the source is one of the proper names listed in
translations/proper_names.txt (at most MAX_NAMES of them). Standard library only.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES_FILE = ROOT / "translations" / "proper_names.txt"
MAX_NAMES = 40
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
# Plural forms Qt's lrelease expects per language (qtbase's numerus rules).
PLURAL_FORMS = {"en": 2, "de": 2, "zh": 1, "ja": 1}


def proper_names():
    if not NAMES_FILE.exists():
        return set()
    names = {l.strip() for l in NAMES_FILE.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")}
    if len(names) > MAX_NAMES:
        raise SystemExit(f"{NAMES_FILE}: {len(names)} names; at most {MAX_NAMES} may stay "
                         "untranslated")
    return names


def check(path, names):
    problems = []
    root = ET.parse(path).getroot()
    language = (root.get("language") or "").split("_")[0]
    if language not in PLURAL_FORMS:
        return [f"{path}: language '{root.get('language')}' is not one the application ships"]
    count = 0
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            tr = message.find("translation")
            where = f"{path.name}: [{ctx}] {source[:60]!r}"
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[language]:
                    problems.append(f"{where}: {len(forms)} plural forms, "
                                    f"{language} needs {PLURAL_FORMS[language]}")
            else:
                forms = [tr.text or ""]
            for text in forms:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append(f"{where}: placeholders {sorted(set(PLACEHOLDER.findall(text)))} "
                                    f"!= {sorted(set(PLACEHOLDER.findall(source)))}")
                elif (language != "en" and text == source and source not in names
                      and re.search(r"[A-Za-z]{2}", source)):
                    problems.append(f"{where}: still English (add it to proper_names.txt only "
                                    "if it is a name)")
    if count == 0:
        problems.append(f"{path}: no entries")
    return problems


def main(argv):
    files = [Path(a) for a in argv[1:]] or sorted((ROOT / "translations").glob("*.ts"))
    if not files:
        print("check_translations: no .ts files found", file=sys.stderr)
        return 1
    names = proper_names()
    problems = []
    for f in files:
        problems += check(f, names)
    for p in problems:
        print(p)
    print(f"check_translations: {len(files)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
