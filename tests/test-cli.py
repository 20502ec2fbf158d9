#!/usr/bin/env python3
# test-cli.py: haven's command-line work, with no display.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sqlite3
import stat
import subprocess
import sys
import tempfile

haven = sys.argv[1]
env = dict(os.environ)
env.pop("DISPLAY", None)
env.pop("WAYLAND_DISPLAY", None)
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def run(*args):
    return subprocess.run([haven, *args], env=env, capture_output=True, text=True, timeout=300)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "school", "haven.db")
    r = run("--database", db, "--sample", "40")
    check("--sample exits 0 without a display", r.returncode == 0, r.stderr)

    mode = stat.S_IMODE(os.stat(db).st_mode) if os.path.exists(db) else None
    check("the database file is 0600", mode == 0o600, oct(mode or 0))

    con = sqlite3.connect(db)
    children = con.execute("SELECT count(*) FROM child").fetchone()[0]
    complete = con.execute(
        "SELECT count(*) FROM child c"
        " WHERE (SELECT count(*) FROM parent p WHERE p.child_id = c.id) = 2"
        " AND EXISTS (SELECT 1 FROM guardian g WHERE g.child_id = c.id)").fetchone()[0]
    on_roll = con.execute("SELECT count(*) FROM child WHERE status = 0 AND deleted = 0").fetchone()[0]
    klass = con.execute("SELECT k.name, count(*) FROM child c JOIN school_class k ON k.id = c.school_class_id"
                        " WHERE c.status = 0 GROUP BY k.id ORDER BY k.id LIMIT 1").fetchone()
    con.close()
    check("the sample holds 40 children", children == 40, str(children))
    check("each child has two parents and a guardian", complete == 40, str(complete))

    pdf = os.path.join(tmp, "cards.pdf")
    r = run("--database", db, "--print-cards", "all", "--output", pdf)
    data = open(pdf, "rb").read() if os.path.exists(pdf) else b""
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    check("--print-cards all writes one page per child on the roll",
          r.returncode == 0 and data.startswith(b"%PDF") and pages == on_roll,
          "%d pages for %d children; %s" % (pages, on_roll, r.stderr))

    pdf = os.path.join(tmp, "class.pdf")
    r = run("--database", db, "--print-cards", klass[0], "--output", pdf)
    data = open(pdf, "rb").read() if os.path.exists(pdf) else b""
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    check("--print-cards CLASS prints that class", r.returncode == 0 and pages == klass[1],
          "%d pages for %d children" % (pages, klass[1]))

    pdf = os.path.join(tmp, "a5.pdf")
    r = run("--database", db, "--print-cards", klass[0], "--paper", "A5", "--output", pdf)
    data = open(pdf, "rb").read() if os.path.exists(pdf) else b""
    check("--paper A5 prints on A5 (420 x 595 pt)",
          r.returncode == 0 and re.search(rb"/MediaBox \[\s*0 0 420(\.\d+)? 595", data) is not None, r.stderr)

    r = run("--database", db, "--print-cards", "all", "--paper", "B3", "--output", pdf)
    check("--paper refuses other sizes", r.returncode != 0, r.stderr)

    r = run("--database", db, "--print-cards", "no such class", "--output", os.path.join(tmp, "x.pdf"))
    check("an unknown class fails and names it", r.returncode != 0 and "no such class" in r.stderr, r.stderr)

    r = run("--database", db, "--print-cards", "all")
    check("--print-cards without --output fails", r.returncode != 0, r.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in detail.splitlines():
            print("# " + line)
