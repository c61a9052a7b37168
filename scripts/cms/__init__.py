"""The web editing form (Decap CMS at /admin/): its configuration made from the schemas."""
