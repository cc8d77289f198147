"""The domain and the store: plain Python, no Qt. Everything the UI does goes through here."""
