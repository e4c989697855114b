"""Benchmarks, run by `make bench`; never part of `make test`."""

import argparse


def sizes(value):
    """`1000,10000` as [1000, 10000]; each a resource count from 1 to 100,000."""
    try:
        parsed = [int(part) for part in value.split(",")]
    except ValueError:
        parsed = []
    if not parsed or not all(1 <= size <= 100_000 for size in parsed):
        raise argparse.ArgumentTypeError(
            f"expected sizes from 1 to 100000 separated by commas, not {value!r}"
        )
    return parsed
