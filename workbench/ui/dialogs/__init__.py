"""Dialogs: each asks for one thing (an import, an intervention, a note, the team's setup) and
hands the write to the task runner."""
