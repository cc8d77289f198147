"""The moderation queue: what is in it and why, search, decisions, rules, one item in full."""
