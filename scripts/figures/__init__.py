"""Pictures drawn by our own code from `data/` and front matter, one source for the web and print.

Each module draws one figure as inline SVG (``svg.py`` holds what they share: the palette, text
wrapping, the accessible frame). A figure is placed by a directive line such as
``<!-- render assessment-cycle -->`` (``scripts/pages/directives.py``), so a change of the text in the
data changes the picture, and a picture never shows a figure the data does not hold. Every drawing
comes with its text equivalent (a list or a table beside it). The print masters get the same SVG
with each colour swapped for its CMYK value (``svg.for_print``).
"""
