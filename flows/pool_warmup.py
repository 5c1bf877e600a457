"""Imported once by the parsing pool's fork server (flows/pool.py), never by
the flow itself: loads the parsing code and builds PyThaiNLP's word
dictionary (~1.6 s of CPU on first use) before any worker is forked, so
every worker starts warm instead of paying that on its first file.
"""

from pythainlp.tokenize import word_tokenize

import flows.parse  # noqa: F401  (the parsing code, imported before workers are forked)

word_tokenize("ตัวชี้วัด", engine="newmm")
