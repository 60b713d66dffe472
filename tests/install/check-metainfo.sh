#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The AppStream metainfo: valid for appstreamcli (offline, pedantic warnings count too), and every
# screenshot an image in the repository's docs/images with the width and height it states.
# Usage: check-metainfo.sh APPSTREAMCLI METAINFO SOURCE_DIR SCREENSHOT_BASE_URL
set -euo pipefail
appstreamcli="$1" metainfo="$2" source_dir="$3" base_url="$4"
if [[ -z $appstreamcli || ! -x $appstreamcli ]]; then
    echo "appstreamcli is missing (Debian: appstream)"
    exit 77
fi
"$appstreamcli" validate --no-net --pedantic --explain "$metainfo"
python3 - "$metainfo" "$source_dir" "$base_url" <<'PY'
import struct, sys, xml.etree.ElementTree as ET
metainfo, source, base = sys.argv[1:]
images = ET.parse(metainfo).findall(".//screenshot/image")
if not images:
    sys.exit("FAIL: no screenshots in " + metainfo)
for image in images:
    url = image.text.strip()
    if not url.startswith(base + "/"):
        sys.exit(f"FAIL: {url} is not under {base}")
    path = f"{source}/docs/images/{url[len(base) + 1:]}"
    try:
        with open(path, "rb") as f:
            header = f.read(24)
    except OSError:
        sys.exit(f"FAIL: {url}: there is no {path} in the repository")
    width, height = struct.unpack(">II", header[16:24])
    stated = (int(image.get("width")), int(image.get("height")))
    if stated != (width, height):
        sys.exit(f"FAIL: {path} is {width}x{height}, the metainfo says {stated[0]}x{stated[1]}")
print(f"{len(images)} screenshots, each in docs/images with its size")
PY
