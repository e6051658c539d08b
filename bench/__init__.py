"""Benchmarks of the toolkit against the tools a user would otherwise pick (the anchors).

``python -m bench`` (``make bench``) measures P1 regeneration, P2 import time, P3 per-call
overhead and decode, P4 sandbox throughput, P5 contract-run time, and writes
bench/results.md + bench/results.json. See bench/harness.py for how runs are timed.
"""
