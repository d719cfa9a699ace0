# SPDX-License-Identifier: Apache-2.0
"""C++ code generation: emit_module (one translation unit per module) and
emit_main (the entry point registering every module). Read module.py first,
then stmt.py and expr.py; writer.py owns all C++ text and escaping."""

from .module import emit_module, emit_main

__all__ = ['emit_module', 'emit_main']
