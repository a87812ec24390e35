"""Keys, slots, workstation binding, login throttling and the audit chain."""
