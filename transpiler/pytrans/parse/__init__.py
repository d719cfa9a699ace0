# SPDX-License-Identifier: Apache-2.0
"""Python 2.7 front end: tokenizer, parser and 2.7-identical AST.

    from pytrans.parse import parse, SyntaxError27, dump, check_compile_errors

parse(source_bytes, filename) returns an ast27.Module whose dump() equals
CPython 2.7's ast.dump(); see README.md for the reading order.
"""

from . import ast27
from .dump import dump
from .errors import SyntaxError27
from .parser import parse

try:
    from .compile_checks import check_compile_errors
except ImportError:  # pragma: no cover - during bootstrap
    def check_compile_errors(tree, filename):
        return None

__all__ = ['ast27', 'parse', 'dump', 'SyntaxError27', 'check_compile_errors']
