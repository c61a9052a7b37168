"""Print-ready PDFs from the site's own Markdown.

The stages follow the pipeline, one module each:
``collect`` (which pages are publications; the handbook's pages in the site's
order) → ``html`` (Markdown → HTML with the piece's template; ``book`` fits the
handbook's pages into one book) → ``render`` (WeasyPrint, screen and print
variants, then deterministic post-processing) → ``preflight`` (checks on the
written print master). ``build`` runs them all, in parallel, and skips PDFs
whose input has not changed; ``python -m scripts.pdf`` is its command line.
"""
