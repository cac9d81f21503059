"""Performance measurements of Kasve Desktop: ``python -m benchmarks``."""
