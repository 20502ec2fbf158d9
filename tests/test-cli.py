#!/usr/bin/env python3
# test-cli.py: haven's command-line work, with no display.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import resource
import shutil
import signal
import re
import sqlite3
import stat
import subprocess
import sys
import tempfile

haven = os.path.abspath(sys.argv[1])
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


# Data-loss defects: no output path may land on the database, the sample
# never goes into a real database, and a command-line run closes cleanly.
def child_count(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM child").fetchone()[0]
    finally:
        con.close()


def is_sqlite(path):
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "s.db")
    r = run("--database", db, "--sample", "30")
    before = child_count(db)
    check("no run leaves the -wal behind", r.returncode == 0 and not os.path.exists(db + "-wal"),
          "rc %d, -wal there: %s" % (r.returncode, os.path.exists(db + "-wal")))

    pristine = os.path.join(tmp, "pristine.db")
    shutil.copyfile(db, pristine)
    link = os.path.join(tmp, "link.pdf")
    os.symlink(db, link)
    for label, target, cwd in (("the database's own path", db, None),
                               ("a relative path", "s.db", tmp),
                               ("a symlink", link, None),
                               ("its -wal", db + "-wal", None),
                               ("its -shm", db + "-shm", None)):
        p = subprocess.run([haven, "--database", db, "--print-cards", "all", "--output", target],
                           env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
        intact = is_sqlite(db) and child_count(db) == before
        check("--output onto %s is refused and the database is intact" % label,
              p.returncode != 0 and intact and p.stderr.strip() != "",
              "rc %d, intact %s: %s" % (p.returncode, intact, p.stderr))
        # Each case starts from the same file.
        for leftover in (db, db + "-wal", db + "-shm"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        shutil.copyfile(pristine, db)

    backup = os.path.join(tmp, "backup.db")
    shutil.copyfile(db, backup)
    p = run("--database", db, "--print-cards", "all", "--output", backup)
    check("--output onto another copy of the database is refused",
          p.returncode != 0 and is_sqlite(backup), "rc %d: %s" % (p.returncode, p.stderr))

    pdf = os.path.join(tmp, "cards.pdf")
    p = run("--database", db, "--print-cards", "all", "--output", pdf)
    mode = stat.S_IMODE(os.stat(pdf).st_mode) if os.path.exists(pdf) else None
    check("a printed PDF is 0600 like the database", p.returncode == 0 and mode == 0o600,
          "rc %d, mode %s: %s" % (p.returncode, oct(mode or 0), p.stderr))

    def limit_file_size():
        # Writes past 64 KiB fail with EFBIG instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    partial = os.path.join(tmp, "partial.pdf")
    p = subprocess.run([haven, "--database", db, "--print-cards", "all", "--output", partial],
                       env=env, capture_output=True, text=True, timeout=300, preexec_fn=limit_file_size)
    leftovers = [f for f in os.listdir(tmp) if f.startswith("partial") or f.startswith(".partial")]
    check("a failed write leaves no half-written file", p.returncode != 0 and not leftovers,
          "rc %d, left %s: %s" % (p.returncode, leftovers, p.stderr))

    r = run("--database", db, "--sample", "5")
    check("--sample refuses a database that already holds a school",
          r.returncode != 0 and child_count(db) == before, "rc %d, %d children" % (r.returncode, child_count(db)))

    r = run("--database", os.path.join(tmp, "zero.db"), "--sample", "0")
    check("--sample 0 is refused with a message", r.returncode != 0 and "--sample" in r.stderr, r.stderr)

    try:
        r = subprocess.run([haven, "--database", os.path.join(tmp, "huge.db"), "--sample", "2000000000"],
                           env=env, capture_output=True, text=True, timeout=20)
        check("--sample 2000000000 is refused with a message", r.returncode != 0 and "--sample" in r.stderr, r.stderr)
    except subprocess.TimeoutExpired:
        check("--sample 2000000000 is refused with a message", False, "still running after 20 s")

    # Without --database the sample goes to its own file, never the real one.
    home = os.path.join(tmp, "home")
    data = os.path.join(home, "haven")
    os.makedirs(data)
    real = os.path.join(data, "haven.db")
    shutil.copyfile(db, real)
    sample_env = dict(env, XDG_DATA_HOME=home)
    r = subprocess.run([haven, "--sample", "12"], env=sample_env, capture_output=True, text=True, timeout=300)
    sample_db = os.path.join(data, "sample-school.db")
    check("--sample without --database writes the separate sample database",
          r.returncode == 0 and child_count(real) == before
          and os.path.exists(sample_db) and child_count(sample_db) == 12,
          "rc %d, real %d, sample %s: %s" % (r.returncode, child_count(real),
                                              child_count(sample_db) if os.path.exists(sample_db) else "none", r.stderr))

    # The worker must never drop the store's last reference and join itself
    # (rc 133, "Resource deadlock avoided"): the same short run 200 times,
    # two at a time for load.
    klass = sqlite3.connect(db).execute(
        "SELECT k.name FROM school_class k JOIN child c ON c.school_class_id = k.id"
        " GROUP BY k.id ORDER BY count(*) LIMIT 1").fetchone()[0]
    crashes = []
    procs = []
    for i in range(200):
        out = os.path.join(tmp, "run-%d.pdf" % (i % 2))
        procs.append(subprocess.Popen([haven, "--database", db, "--print-cards", klass, "--output", out],
                                      env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        if len(procs) == 2:
            for proc in procs:
                _, err = proc.communicate(timeout=300)
                if proc.returncode != 0:
                    crashes.append("rc %d: %s" % (proc.returncode, err.strip()[:200]))
            procs = []
    check("200 command-line runs end without a crash", not crashes,
          "%d of 200 failed; first: %s" % (len(crashes), crashes[0] if crashes else ""))

# The calendar as an iCalendar file.
with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "s.db")
    r = run("--database", db, "--sample", "30")
    ics = os.path.join(tmp, "term.ics")
    r = run("--database", db, "--export", ics, "--from", "2020-09-01", "--to", "2040-07-10")
    text = open(ics, encoding="utf-8").read() if os.path.exists(ics) else ""
    mode = stat.S_IMODE(os.stat(ics).st_mode) if os.path.exists(ics) else None
    check("--export writes an iCalendar file, 0600",
          r.returncode == 0 and text.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in text and mode == 0o600,
          "rc %d, mode %s: %s" % (r.returncode, oct(mode or 0), r.stderr))
    check("--export writes series as RRULEs, lunar and per-term ones as RDATEs, edits with EXDATE and RECURRENCE-ID",
          "RRULE:FREQ=WEEKLY" in text and "RDATE:" in text and "EXDATE:" in text and "RECURRENCE-ID:" in text
          and "X-HAVEN-TYPE:birthday-party" in text and "X-HAVEN-FESTIVAL:mid-autumn" in text, text[:400])
    before = os.path.getsize(db)
    r = run("--database", db, "--export", db, "--from", "2026-09-01", "--to", "2027-01-20")
    check("--export onto the database is refused and the database is intact",
          r.returncode != 0 and is_sqlite(db) and r.stderr.strip() != "", r.stderr)
    r = run("--database", db, "--export", ics)
    check("--export without --from and --to is refused with a message",
          r.returncode != 0 and "--from" in r.stderr, r.stderr)
    r = run("--database", db, "--export", ics, "--from", "2026-13-01", "--to", "2027-01-20")
    check("--export refuses a day that is not one", r.returncode != 0 and r.stderr.strip() != "", r.stderr)
    r = run("--database", db, "--export", ics, "--from", "2027-01-20", "--to", "2026-09-01")
    check("--export refuses a range that ends before it starts", r.returncode != 0, r.stderr)

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in detail.splitlines():
            print("# " + line)
