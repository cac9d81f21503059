"""Names and settings keys of the application, importable without the heavy modules."""

APP_NAME = "Kasve Desktop"
ORGANISATION = "Kasve"
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
AREA_KEY = "main_window/area"
LANGUAGE_KEY = "language"
