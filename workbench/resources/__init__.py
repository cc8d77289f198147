"""Bundled resources: demo data, icons, translations. Read them with core.resources.resource()."""
