"""Response letters: their wording, the facts they state, timeline notes read back, the parts all
letters share.
"""
