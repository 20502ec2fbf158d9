#!/usr/bin/env python3
# test-metainfo.py: what software centres show of Haven is there and true
#
# Fails when the metainfo lacks a description, keywords, OARS rating,
# developer or screenshots, when its newest release is not the project's
# version, or when a screenshot it names under data/screenshots/ is not in
# the tree at the size it claims. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import struct
import sys
import xml.etree.ElementTree as ET

SCREENSHOTS_URL = "https://raw.githubusercontent.com/havenapp/haven/main/"


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    srcdir, version = sys.argv[1], sys.argv[2]
    root = ET.parse(os.path.join(srcdir, "data", "io.github.havenapp.Haven.metainfo.xml.in")).getroot()
    n = 0
    failed = 0

    def check(ok, name, details=()):
        nonlocal n, failed
        n += 1
        failed += not ok
        print(f"{'ok' if ok else 'not ok'} {n} - {name}")
        for line in details:
            print(f"# {line}")

    for path in ("description/p", "keywords/keyword", "content_rating", "developer_name", "developer/name",
                 "screenshots/screenshot/image", "screenshots/screenshot/caption", "releases/release",
                 "url[@type='homepage']", "launchable", "translation"):
        check(root.find(path) is not None, f"metainfo has {path}")

    rating = root.find("content_rating")
    check(rating is not None and rating.get("type") == "oars-1.1", "the content rating is OARS 1.1")

    releases = root.findall("releases/release")
    newest = releases[0].get("version") if releases else None
    check(newest == version, f"the newest release is the project's version {version}",
          [f"newest release: {newest}"])
    check(all(r.find("description") is not None for r in releases), "every release has a description")

    wrong = []
    images = root.findall("screenshots/screenshot/image")
    for image in images:
        url = (image.text or "").strip()
        if not url.startswith(SCREENSHOTS_URL):
            continue
        path = os.path.join(srcdir, url[len(SCREENSHOTS_URL):])
        size = png_size(path) if os.path.exists(path) else None
        claimed = (int(image.get("width", 0)), int(image.get("height", 0)))
        if size is None:
            wrong.append(f"{url}: no PNG at {os.path.relpath(path, srcdir)}")
        elif size != claimed:
            wrong.append(f"{url}: {size[0]}×{size[1]}, the metainfo says {claimed[0]}×{claimed[1]}")
    check(images and not wrong, "every screenshot is in the tree at its size", wrong)

    print(f"1..{n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
