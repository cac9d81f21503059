"""The demonstration database: Kasve's seed notice as registers, synthetic people, events and
requests.
"""
