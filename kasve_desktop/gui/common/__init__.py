"""What several window areas share: the lazy table model, the list area, widgets, workers,
language, crash handling.
"""
