#!/usr/bin/env python3
# test-style.py: the app's CSS respects the dark style
#
# Fails when resources/style.css gives a literal colour (#rrggbb, rgb(),
# hsl(), or a colour keyword such as white) to a selector that
# resources/style-dark.css does not give one too. Named colours
# (@accent_color, @warning_color …) follow the style by themselves.
# Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys

KEYWORDS = ("white", "black", "red", "green", "blue", "yellow", "orange", "gray", "grey", "purple",
            "pink", "brown", "silver", "navy", "teal", "maroon", "olive", "lime", "aqua", "fuchsia")
LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\s*\(|\b(?:%s)\b" % "|".join(KEYWORDS))
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COLOUR_PROPERTY = re.compile(r"(?:^|;)\s*((?:background-)?color|border(?:-\w+)*-color|outline-color|"
                             r"box-shadow|text-shadow|caret-color|-gtk-icon-shadow|background|border)\s*:([^;]*)")


def rules(path):
    """selector → set of colour properties with a literal colour."""
    found = {}
    if not os.path.exists(path):
        return found
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    for selectors, body in RULE.findall(text):
        for prop, value in COLOUR_PROPERTY.findall(body):
            # alpha(@named, 0.15) and mix(@a, @b, …) stay named.
            bare = re.sub(r"@[\w-]+", "", value)
            if LITERAL.search(bare):
                for selector in selectors.split(","):
                    found.setdefault(" ".join(selector.split()), set()).add(prop)
    return found


def main():
    srcdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    light = rules(os.path.join(srcdir, "resources", "style.css"))
    dark = rules(os.path.join(srcdir, "resources", "style-dark.css"))
    missing = [f"{selector} {{ {prop}: … }}" for selector, props in sorted(light.items())
               for prop in sorted(props) if prop not in dark.get(selector, set())]
    print(f"{'not ok' if missing else 'ok'} 1 - every literal colour of style.css has a dark counterpart")
    for line in missing:
        print(f"# no dark counterpart in style-dark.css: {line}")
    print("1..1")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
