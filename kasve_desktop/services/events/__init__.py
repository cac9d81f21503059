"""Events and trainings where people sign up: the list, the participants, the consents
given at them."""
