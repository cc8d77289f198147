"""Connectors: one module per network or export format; each yields records, never touches SQL."""
