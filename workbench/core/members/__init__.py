"""Members: the roster, profiles, one person across networks, erasure."""
