"""Benchmarks (not part of the test run): corpus generators and the pipeline benchmark."""
