"""Benchmarks on the large demo school: `make bench`. They print figures; they do not pass or fail."""
