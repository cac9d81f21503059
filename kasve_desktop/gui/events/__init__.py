"""Tapahtumat: events and trainings where people sign up."""
