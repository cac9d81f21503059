"""The window: dialogs, the main window and one sub-package per area."""
