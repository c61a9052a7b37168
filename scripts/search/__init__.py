"""Search: the site's own search worker run outside the browser, for tests and benchmarks."""
