"""Data only: patterns, word lists and tables by domain, compiled once. Imports no step.

``whitespace`` (line endings, invisible characters, odd spaces, hard wraps, lines),
``markup`` (pages, entities, tags, markdown, backslashes, page metadata), ``alphabets``
(letters, scripts and symbols, for the mojibake scorer and the decoder), ``debris`` (whole
lines of scraping debris), ``structure`` (the structure finders' patterns and word lists) and
``dates`` (month and weekday names by language, time zones, the time stamp's token).
"""
