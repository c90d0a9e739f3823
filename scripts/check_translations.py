#!/usr/bin/env python3
"""Checks translations/*.ts: every entry finished, placeholders kept, nothing left in English,
and (with --sources) every tr() text of the code present.

    check_translations.py [TS_FILE ...]
        (default: every translations/*.ts)
    check_translations.py --sources LUPDATE [--dirs DIR ...] [TS_FILE ...]

The first form fails (exit 1) when a .ts file has an unfinished, empty, vanished or obsolete
entry, a translation that drops or adds a placeholder (%1..%99, %n) or changes the number of
plural forms a language needs, or -- in a language other than English -- a translation
equal to its English source, unless the source is made only of the proper names listed in
translations/proper_names.txt (at most MAX_NAMES of them), placeholders, markup and
punctuation.

The second form runs LUPDATE (Qt's lupdate) over the sources (default: ui app) into a
temporary .ts and fails when a text the code translates is missing from a .ts file (a new
tr() that nobody has run lupdate for) or a .ts file holds a text the code no longer has.
Standard library only.
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES_FILE = ROOT / "translations" / "proper_names.txt"
MAX_NAMES = 40
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
# Plural forms Qt's lrelease expects per language (qtbase's numerus rules).
PLURAL_FORMS = {"en": 2, "de": 2, "zh": 1, "ja": 1}
LUPDATE_COMMAND = ("lupdate -locations none -no-obsolete ui app "
                   "-ts translations/mddnet_*.ts")
# Markup and entities, which are never words to translate: "<h2>%1</h2>", "&amp;".
MARKUP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;")


def proper_names():
    if not NAMES_FILE.exists():
        return set()
    names = {l.strip() for l in NAMES_FILE.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")}
    if len(names) > MAX_NAMES:
        raise SystemExit(f"{NAMES_FILE}: {len(names)} names; at most {MAX_NAMES} may stay "
                         "untranslated")
    return names


def words_left(source, names):
    """`source` without markup, the listed names (longest first), placeholders and
    mnemonic ampersands: what is left to translate."""
    text = MARKUP.sub(" ", source)
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", " ", text)
    text = PLACEHOLDER.sub(" ", text).replace("&", "")
    return re.search(r"[A-Za-z]{2}", text) is not None


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
                elif language != "en" and text == source and words_left(source, names):
                    problems.append(f"{where}: still English (add it to proper_names.txt only "
                                    "if it is a name)")
    if count == 0:
        problems.append(f"{path}: no entries")
    return problems


def entries(path):
    """The (context, source, comment) of every live entry of a .ts file."""
    keys = set()
    for context in ET.parse(path).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            keys.add((ctx, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


def check_sources(lupdate, dirs, files):
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "sources_en.ts"
        command = [lupdate, "-silent", "-locations", "none", "-no-obsolete",
                   *[str(ROOT / d) for d in dirs], "-ts", str(fresh)]
        run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             universal_newlines=True)
        if run.returncode != 0 or not fresh.exists():
            return [f"lupdate failed ({' '.join(command)}):\n{run.stdout}"]
        code = entries(fresh)
    if not code:
        return [f"lupdate found no tr() texts in {', '.join(dirs)}"]
    problems = []
    for f in files:
        have = entries(f)
        for ctx, source, comment in sorted(code - have):
            problems.append(f"{f.name}: [{ctx}] {source[:60]!r} is in the code but not in the "
                            f"file: run {LUPDATE_COMMAND}, then translate it")
        for ctx, source, comment in sorted(have - code):
            problems.append(f"{f.name}: [{ctx}] {source[:60]!r} is no longer in the code: run "
                            f"{LUPDATE_COMMAND}")
    return problems


def main(argv):
    args = argv[1:]
    lupdate = None
    dirs = []
    files = []
    i = 0
    while i < len(args):
        if args[i] == "--sources" and i + 1 < len(args):
            lupdate = args[i + 1]
            i += 2
        elif args[i] == "--dirs":
            i += 1
            while i < len(args) and not args[i].startswith("--") and not args[i].endswith(".ts"):
                dirs.append(args[i])
                i += 1
        elif args[i].startswith("--"):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            files.append(Path(args[i]))
            i += 1
    files = files or sorted((ROOT / "translations").glob("*.ts"))
    if not files:
        print("check_translations: no .ts files found", file=sys.stderr)
        return 1
    if lupdate:
        problems = check_sources(lupdate, dirs or ["ui", "app"], files)
    else:
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
