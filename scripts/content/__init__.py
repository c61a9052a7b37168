"""Stage 1 of the build: load every source, check it against the schemas, report problems."""
