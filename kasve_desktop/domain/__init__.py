"""The rules of the product in plain Python: no Qt, no SQL."""
