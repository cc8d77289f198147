"""The window's pages: the views the sidebar leads to."""
