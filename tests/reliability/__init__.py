"""Reliability: the kill drill, faults, bad input."""
