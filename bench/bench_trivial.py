"""Sanity check of the harness itself: the trivial view against itself is ≈ 1."""

from bench.harness import TRIVIAL_PATH, compare_to_trivial


def run() -> dict:
    return compare_to_trivial({"trivial_again": TRIVIAL_PATH}, seconds=1.0, target=0.8)
