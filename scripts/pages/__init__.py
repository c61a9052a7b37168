"""Stage 2 of the build: pages and page parts generated from validated content."""
