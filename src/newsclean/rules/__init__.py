"""Data only: patterns, word lists and tables by domain, compiled once. Imports no step."""
