#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
"""Checks that the workbench's translations are complete for the sources as they are now.

The strings are extracted from the current sources first (lupdate, into a copy of each
resources/translations/*.ts in a temporary folder), so a new tr() that nobody translated
fails even when the committed .ts file was never updated. It fails when a string the
sources use is missing from the committed file, unfinished, empty, or marked obsolete
(vanished) there although the sources need it again. English (the source language) only
needs its plural forms ("1 file" / "2 files").

    check-translations.py LUPDATE SOURCE_DIR           check (the ctest i18n_translations_complete)
    check-translations.py LUPDATE SOURCE_DIR --update  write the extracted strings back into the
                                                       .ts files, to translate them with Qt Linguist
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Where the workbench's words are: the model (field names, fact types, errors shown to people), the
# widgets and the GUI's main(). The command line (app/cli) prints documented English and is not translated.
SOURCE_FOLDERS = ["model", "widgets", "app/gui", "app/parse"]
TS_FILES = {
    "resources/translations/incident-workbench_de.ts": "de",
    "resources/translations/incident-workbench_en.ts": "en",  # plural forms only
}


def run_lupdate(lupdate, source_dir, ts_path, plurals_only):
    command = [lupdate, "-silent", "-locations", "none", "-extensions", "cpp,h"]
    if plurals_only:
        command.append("-pluralonly")
    command += [os.path.join(source_dir, folder) for folder in SOURCE_FOLDERS]
    command += ["-ts", ts_path]
    subprocess.run(command, check=True, cwd=source_dir)


def messages(ts_path):
    """(context, source, comment) -> message element, for every message in the file."""
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def is_needed(message):
    return message.find("translation").get("type") not in ("vanished", "obsolete")


def problem(message):
    """Why a message is not translated, or None."""
    translation = message.find("translation")
    kind = translation.get("type")
    if kind in ("vanished", "obsolete"):
        return "marked obsolete, but the sources use it"
    if kind == "unfinished":
        return "unfinished"
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not forms or any(not (form.text or "").strip() for form in forms):
            return "a plural form is empty"
    elif not (translation.text or "").strip():
        return "empty"
    return None


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    lupdate, source_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    update = "--update" in sys.argv[3:]
    failures = []
    with tempfile.TemporaryDirectory() as temp:
        for relative, language in TS_FILES.items():
            committed = os.path.join(source_dir, relative)
            extracted = os.path.join(temp, os.path.basename(relative))
            shutil.copy(committed, extracted)
            run_lupdate(lupdate, source_dir, extracted, plurals_only=(language == "en"))
            if update:
                shutil.copy(extracted, committed)
                continue
            committed_messages = messages(committed)
            needed = {key: message for key, message in messages(extracted).items() if is_needed(message)}
            for (context, source, comment), message in sorted(needed.items()):
                mine = committed_messages.get((context, source, comment))
                why = "missing from the committed file (run the check with --update)" if mine is None else problem(mine)
                if why is None and mine is not None and message.get("numerus") != mine.get("numerus"):
                    why = "plural forms changed"
                if why:
                    failures.append(f"{relative}: {context}: {source!r}: {why}")
            print(f"{relative}: {len(needed)} strings the sources use")
    if update:
        print("updated; translate the unfinished strings with Qt Linguist (linguist FILE.ts)")
        return 0
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} strings are not translated")
        return 1
    print("every string the sources use is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
