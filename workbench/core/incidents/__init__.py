"""Incidents: case files that follow one situation across networks."""
