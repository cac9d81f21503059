"""The register editor: the form, its lists, the controller dialog and the completeness check."""
