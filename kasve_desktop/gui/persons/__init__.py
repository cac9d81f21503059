"""The person page of the Henkilöt area: the form, the register entries, consents and objections."""
