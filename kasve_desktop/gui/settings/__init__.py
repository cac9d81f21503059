"""Asetukset: language, deadlines and reminders, letters and window envelopes, the authority's
contact block.
"""
