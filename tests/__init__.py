"""Tests of kasve_desktop."""
