"""Pyynnöt: the request inbox, intake, the request pane, steps, actions, response letters and
reminders.
"""
