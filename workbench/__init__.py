"""Community Workbench: a desktop moderation workbench for community managers."""

__version__ = "0.1.0"
APP_NAME = "Community Workbench"
APP_ID = "community-workbench"
