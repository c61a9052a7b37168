"""Checks on the built site (stage 4 of the build flow): page listing, page weight,
HTML validity, benchmarks. Plain functions the tests and the CLI both call."""
