# SPDX-License-Identifier: Apache-2.0
"""encodings.aliases (Python 2.7): alias -> codec module name, the table of
runtime/objects/codecs_charmap.inc."""
import _codecs

aliases = _codecs._aliases()
