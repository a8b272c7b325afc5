#!/usr/bin/env python3
"""The peer for `carepath bench import`: DuckDB's read_csv loading the same three ASC-WDS files into
tables. It parses, but validates nothing, so it is the floor a validating importer can approach.

Usage: duckdb_peer.py WORKPLACE.csv STAFF.csv TRAINING.csv [--runs N]
Prints one line per run and a summary with the median and peak resident memory.
"""
import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

import duckdb


def load(files, database):
    connection = duckdb.connect(database)
    for name, path in zip(("workplace", "staff", "training"), files):
        connection.execute(
            f"CREATE TABLE {name} AS SELECT * FROM read_csv(?, header = true, all_varchar = true)", [str(path)]
        )
    rows = sum(connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in ("workplace", "staff", "training"))
    connection.close()
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs=3, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    seconds = []
    rows = 0
    for run in range(1, arguments.runs + 1):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            rows = load(arguments.files, str(Path(folder) / "peer.duckdb"))
            elapsed = time.perf_counter() - start
        seconds.append(elapsed)
        print(f"run {run}: {elapsed:.2f} s, {rows / elapsed:.0f} rows/s")
    median = statistics.median(seconds)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"duckdb rows={rows} runs={arguments.runs} median={median:.2f} s rate={rows / median:.0f} rows/s peak_rss={peak:.0f} MB")


if __name__ == "__main__":
    main()
