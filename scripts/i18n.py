#!/usr/bin/env python3
"""Localisation keys of Paritas.

  scripts/i18n.py keys              every key used in src/ (English text), one per line
  scripts/i18n.py missing LANG      keys that Resources/SharedResource.LANG.resx lacks
  scripts/i18n.py merge LANG FILE   add or replace translations from a JSON object {"English key": "translation"}

Keys are found where the code asks for them: L["…"] and l["…"] in views and code, ErrorMessage = "…"
on validation attributes, label="…" and hint="…" on <field>, and every string literal in files that carry
the marker comment "localisation keys" (name tables such as RoleNames). The unit test
LocalisationTests does the same scan and fails when a language lacks a key.
"""
import json, pathlib, re, sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "Paritas.Web"
RES = SRC / "Resources"
LANGS = ["fr", "de", "es", "sv", "it", "nl", "nb", "da"]
CS_STRING = r'"((?:[^"\\]|\\.)*)"'
PATTERNS = [
    re.compile(r'\b[Ll]\[' + CS_STRING),
    re.compile(r'ErrorMessage\s*=\s*' + CS_STRING),
    re.compile(r'<field\b[^>]*?\blabel=' + CS_STRING),
    re.compile(r'<field\b[^>]*?\bhint=' + CS_STRING),
]
MARKER = "localisation keys"

def unescape(s):
    return s.replace('\\"', '"').replace("\\\\", "\\").replace("\\n", "\n")

def keys():
    found = set()
    for path in sorted(SRC.rglob("*")):
        if path.suffix not in (".cs", ".cshtml") or "/obj/" in str(path) or "/bin/" in str(path) or "Migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            for m in pattern.finditer(text):
                found.add(unescape(m.group(1)))
        if MARKER in text:
            for m in re.finditer(r'(?<![@$])' + CS_STRING, text):
                value = unescape(m.group(1))
                if value and MARKER not in value:
                    found.add(value)
    # Paths and anchors in name tables are not text a person reads.
    return sorted(k for k in found if k.strip() and not k.startswith("/"))

def resx_path(lang):
    return RES / f"SharedResource.{lang}.resx"

def load(lang):
    path = resx_path(lang)
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.findtext("value") or "") for d in root.findall("data")}

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def save(lang, data):
    RES.mkdir(parents=True, exist_ok=True)
    lines = [HEADER]
    for k in sorted(data):
        lines.append(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(data[k])}</value></data>\n')
    lines.append("</root>\n")
    resx_path(lang).write_text("".join(lines), encoding="utf-8")

def main(argv):
    if argv[:1] == ["keys"]:
        print("\n".join(keys()))
    elif argv[:1] == ["missing"] and len(argv) == 2:
        have = load(argv[1])
        print(json.dumps([k for k in keys() if not have.get(k)], ensure_ascii=False, indent=1))
    elif argv[:1] == ["merge"] and len(argv) == 3:
        data = load(argv[1])
        new = json.loads(pathlib.Path(argv[2]).read_text(encoding="utf-8"))
        placeholders = re.compile(r"\{\d+(?::[^}]*)?\}")
        for k, v in new.items():
            if sorted(placeholders.findall(k)) != sorted(placeholders.findall(v)):
                sys.exit(f"{argv[1]}: placeholders differ for key {k!r}")
            data[k] = v
        save(argv[1], data)
        print(f"{argv[1]}: {len(new)} merged, {len(data)} in all")
    else:
        sys.exit(__doc__)

if __name__ == "__main__":
    main(sys.argv[1:])
