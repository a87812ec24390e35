"""Printed forms (ARCHITECTURE rule 5): the only package that imports reportlab.

A form module takes plain data and a print language ("kk", "ru", "ky") and returns PDF
bytes. Printed wording is not Qt-translated: the language is chosen at print time, so each
module keeps its own small per-language tables in GLOSSARY terms.

Importing the package closes reportlab's URL reader before any form is built: with no
trusted scheme and no trusted host, markup such as <img src="file:…"> or "http:…" cannot
read a file or the network. (A bare path in markup is still opened by reportlab, which is
why every piece of user text goes through `text.escape` before it reaches a Paragraph.)
"""

from __future__ import annotations

from reportlab import rl_config

rl_config.trustedSchemes = []
rl_config.trustedHosts = []
