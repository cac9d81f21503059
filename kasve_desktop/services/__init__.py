"""Use cases shared by the window and the command line; transactions begin and end here."""
