"""Tooling of the SXSH column: content model, MkDocs hooks, generated pages, PDFs, checks."""
