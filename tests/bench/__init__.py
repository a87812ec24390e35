"""Benchmarks run by `make bench` (python -m tests.bench.run_all); never collected by pytest."""
