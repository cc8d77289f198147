"""Background work: the one task runner and the import task it starts."""
