"""Data-subject requests: intake, steps, per-type actions, erasure, the inbox's rules, reminders,
the calendar and e-mail.
"""
