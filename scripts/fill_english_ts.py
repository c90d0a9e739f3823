#!/usr/bin/env python3
"""Fills translations/mddnet_en.ts from the sources: English needs no translation, except
the plural forms of "%n image(s)" style messages, which become "%n image" / "%n images".

    fill_english_ts.py [translations/mddnet_en.ts]

Run after lupdate; entries already finished are left as they are.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def plural(source, many):
    # The "(s)"/"(es)" that follows %n: dropped for one, kept for many; any other
    # "(s)" counts something else (%1, ...) and stays as written.
    at = source.find("%n")
    head, tail = (source, "") if at < 0 else (source[:at], source[at:])
    return head + re.sub(r"\((e?s)\)", (lambda m: m.group(1)) if many else "", tail, count=1)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "translations" / "mddnet_en.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        del tr.attrib["type"]
        if message.get("numerus") == "yes":
            for f in list(tr):
                tr.remove(f)
            tr.text = None
            for many in (False, True):
                ET.SubElement(tr, "numerusform").text = plural(source, many)
        else:
            tr.text = source
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
