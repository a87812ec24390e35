"""The only package that knows SQL and SQLCipher."""
