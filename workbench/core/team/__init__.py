"""What the team shares: its vocabulary, reply templates and exported log."""
