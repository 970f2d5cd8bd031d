"""Bytes in and out: decoding text of unknown encoding, atomic file writes, data files."""
