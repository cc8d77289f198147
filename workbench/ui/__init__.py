"""The Qt front end: widgets, item models, dialogs. It calls the core and holds no SQL."""
