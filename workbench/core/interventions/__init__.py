"""Interventions: what the team did, its follow-ups, its measured effect and the ladder."""
