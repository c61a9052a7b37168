"""Print-ready PDFs from the site's own Markdown.

The stages follow the pipeline, one module each:
``collect`` (which pages are publications) → ``html`` (Markdown → HTML with the
piece's template) → ``render`` (WeasyPrint, screen and print variants, then
deterministic post-processing) → ``preflight`` (checks on the written print
master). ``build`` runs them all; ``python -m scripts.pdf`` is its command line.
"""
