#!/usr/bin/env python3
"""Kills `carepath import` with SIGKILL while it is writing a return, and checks that the stored
state is exactly what it was before (issue 3: "killing the process mid-completion leaves the
previous state intact").

It runs the real binary against a real database (SQLite or PostgreSQL):
1. imports a generated region as an organisation's first return;
2. exports it (`carepath export --status update`), so a second import rewrites every record;
3. starts importing that export, waits until its transaction has begun writing (SQLite: the
   rollback journal exists; PostgreSQL: a connection has a transaction open), kills it, and checks
   that the process really was killed, that no return was added, and that a new export is byte for
   byte the first one; several times, at different moments;
4. finally lets the import finish: it must succeed, add one return, and change nothing (round trip).

Usage: kill_during_import.py --binary .build/debug/carepath --database sqlite:/tmp/x.sqlite
       kill_during_import.py --binary ... --database postgres://... --psql /usr/bin/psql
"""
import argparse
import filecmp
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ORGANISATION = "KILL-TEST"
FIRST_DATE = "2025-07-16"
SECOND_DATE = "2025-08-01"


class Store:
    """Reads the database directly, only to count returns and to see a transaction in progress."""

    def __init__(self, url, psql):
        self.url = url
        self.psql = psql
        self.sqlite_path = Path(url.removeprefix("sqlite:")) if url.startswith("sqlite:") else None

    def scalar(self, sql):
        if self.sqlite_path:
            with sqlite3.connect(f"file:{self.sqlite_path}?mode=ro", uri=True, timeout=30) as connection:
                return connection.execute(sql).fetchone()[0]
        out = subprocess.run([self.psql, self.url, "-tAc", sql], check=True, capture_output=True, text=True)
        return out.stdout.strip()

    def returns(self):
        return int(self.scalar(
            "SELECT count(*) FROM returns r JOIN organisations o ON o.id = r.organisation_id "
            f"WHERE o.reference = '{ORGANISATION}'"))

    def writing(self):
        """Whether an import's transaction has started writing."""
        if self.sqlite_path:
            return Path(f"{self.sqlite_path}-journal").exists() or Path(f"{self.sqlite_path}-wal").exists()
        return int(self.scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL")) > 0


def carepath(args, binary, database, **kwargs):
    return subprocess.run([binary, *args, "--database", database], check=True, capture_output=True, text=True,
                          **kwargs)


def files_in(folder):
    return {kind: next(Path(folder).glob(f"*-sfc-bulk-upload-{kind}.csv")) for kind in ("workplace", "staff", "training")}


def import_args(files, date):
    return ["import", "--workplace", str(files["workplace"]), "--staff", str(files["staff"]),
            "--training", str(files["training"]), "--organisation", ORGANISATION, "--as-of", date]


def export(binary, database, folder):
    carepath(["export", "--organisation", ORGANISATION, "--out", str(folder), "--status", "update",
              "--date", SECOND_DATE], binary, database)
    return files_in(folder)


def same_files(left, right):
    return all(filecmp.cmp(left[kind], right[kind], shallow=False) for kind in left)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--kills", type=int, default=4)
    parser.add_argument("--workplaces", type=int, default=40)
    options = parser.parse_args()
    store = Store(options.database, options.psql)
    random.seed(3)
    failures = []

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        carepath(["migrate"], options.binary, options.database)
        carepath(["demo", "--region", "E12000006", "--workplaces", str(options.workplaces), "--seed", "5",
                  "--out", str(work / "generated"), "--as-of", FIRST_DATE], options.binary, options.database)
        carepath(import_args(files_in(work / "generated"), FIRST_DATE), options.binary, options.database)
        before = export(options.binary, options.database, work / "before")
        staff_rows = sum(1 for _ in open(before["staff"])) - 1
        print(f"first return stored: {staff_rows} staff; its export is the state to keep")
        assert store.returns() == 1, "the first return was not stored"

        killed = 0
        for attempt in range(1, options.kills + 1):
            process = subprocess.Popen(
                [options.binary, *import_args(before, SECOND_DATE), "--database", options.database],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 120
            while not store.writing() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(random.uniform(0, 0.6 * attempt))
            process.send_signal(signal.SIGKILL)
            code = process.wait()
            if code != -signal.SIGKILL:
                failures.append(f"kill {attempt}: the import ended by itself (exit {code}) before it was killed")
                continue
            killed += 1
            after = export(options.binary, options.database, work / f"after-{attempt}")
            returns = store.returns()
            intact = returns == 1 and same_files(before, after)
            print(f"kill {attempt}: killed while writing; returns {returns}; state "
                  f"{'intact' if intact else 'CHANGED'}")
            if not intact:
                failures.append(f"kill {attempt}: the stored state changed")

        finished = subprocess.run([options.binary, *import_args(before, SECOND_DATE), "--database", options.database],
                                  capture_output=True, text=True)
        if finished.returncode != 0:
            failures.append(f"the import after the kills failed (exit {finished.returncode}): {finished.stderr[-400:]}")
        else:
            final = export(options.binary, options.database, work / "final")
            if store.returns() != 2 or not same_files(before, final):
                failures.append("the completed import did not add exactly one return that changes nothing")
            else:
                print("the import then completes: one return added, and exporting again gives the same files")

    if killed == 0:
        failures.append("no import was killed while writing")
    for failure in failures:
        print("FAIL", failure, file=sys.stderr)
    print(f"{killed} of {options.kills} imports killed mid-write; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
