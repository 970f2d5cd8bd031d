"""Structure finders: take the headline, byline, dateline and credit out of clean text.

Each finder looks at one bounded place only (the first line, the first few lines, or the last
few lines), proposes the removal of what it found, and says which article fields it fills.
Its note names the text it took and what it took it for, so a wrong split can be traced in
the record. Finders never clean text, and they work line by line, so the same rules
hold for hard-wrapped wire copy (a byline line directly above the dateline line, a credit
line directly under the last sentence) and for one line per paragraph.

A module per finder, each importing only those below it:

- ``headlines``: :func:`headline` (the title at the top) and :func:`repeated_headline`; it
  asks the two below whether the line under a title opens the header or the body.
- ``zone``: the header zone, the lines above the first paragraph, each typed once by its
  shape; :func:`byline` takes its header lines out (bylines, time stamps, update summaries,
  the page's chrome).
- ``bylines``: the byline and stamp forms the zone reads lines by, and :func:`byline_fields`,
  which reads one such line (the HTML page reader uses it too).
- ``datelines``: :func:`dateline` (the place, date and agency that open the body).
- ``footer``: :func:`credit` (closing credits into the article, page furniture out).
- ``shared``: a person's name by its shape, a line quoted for a note; ``dates``: time stamps.

The modules are named in the plural so that ``structure.byline`` stays the finder itself.
The names below are what the rest of newsclean uses; the modules' other names are theirs.
"""

from __future__ import annotations

from .bylines import byline_fields
from .datelines import dateline
from .footer import credit
from .headlines import headline, repeated_headline
from .zone import byline

__all__ = ["byline", "byline_fields", "credit", "dateline", "headline", "repeated_headline"]
