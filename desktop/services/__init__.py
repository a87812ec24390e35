"""Use cases. Each checks permission and clearance, runs in one transaction and writes its
audit record in that same transaction (ARCHITECTURE rule 2)."""
