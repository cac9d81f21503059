"""Säilytys: the register entries due for deletion, and erasing them."""
