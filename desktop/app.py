"""Placeholder until the application issue: parse --store and report."""
