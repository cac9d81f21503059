"""Forms compiled from ui/*.ui by tools/compile_forms.py (generated, do not edit)."""
