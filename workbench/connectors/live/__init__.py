"""Connectors for live accounts: a platform's API read page by page into records, and
decisions carried out on it. Each speaks HTTP through ``http.Api`` (retries, rate limits, one
kind of error) and never touches the store: ``workbench.services.live`` writes what they pull."""
