"""The cleaning steps, a module per family; pipeline.py declares their order."""
