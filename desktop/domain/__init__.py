"""Plain Python domain rules: no Qt, no SQL."""
