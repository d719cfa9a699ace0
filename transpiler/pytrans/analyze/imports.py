# SPDX-License-Identifier: Apache-2.0
"""Which modules a module may import: the candidate list for module discovery.

The build driver needs every module a program could import, before anything
runs, so it can compile them all into one executable. This file looks at one
module's tree and lists the absolute module names its import statements could
load. It over-approximates on purpose: a candidate the driver cannot find on
disk is simply skipped (the runtime raises ImportError when, and if, the
import executes, as CPython does), so listing too much is cheap and listing
too little would break a working program.

Python 2.7's rules, which the list follows:
  * ``import a.b.c`` imports ``a``, then ``a.b``, then ``a.b.c``.
  * ``from a import b`` imports ``a`` and, if ``b`` is a submodule rather than
    an attribute, ``a.b``: both are candidates. ``from a import *`` only ``a``.
  * Relative imports (``from . import x``, ``from ..m import y``) resolve
    against the current package; for a package's ``__init__`` the package is
    the module itself. A relative import that climbs above the top-level
    package is left out (it is a ValueError at run time).
  * Implicit relative imports: inside package ``p``, ``import x`` first tries
    ``p.x``, then ``x``. Both are candidates, ``p.x`` first, unless the module
    says ``from __future__ import absolute_import``.
  * Imports count wherever they appear: inside functions, classes, try
    blocks. ``__import__('name')`` with a string literal counts too.

The walker only needs nodes with ``_fields``, so it works on our 2.7 tree and,
in tests, on Python 3's ``ast`` for sources valid in both.
"""

__all__ = ['imported_modules']


def imported_modules(tree, modname, is_package):
    """Absolute candidate module names imported by ``tree``, in order, unique.

    ``modname`` is the module's own absolute name ('__main__' for the script)
    and ``is_package`` says whether it is a package's ``__init__``.
    """
    if is_package:
        package = modname
    else:
        package = modname.rpartition('.')[0]
    implicit_relative = bool(package) and not _has_absolute_import(tree)

    out = []
    seen = set()

    def add(name):
        # A dotted name brings its parents along: 'a.b.c' -> 'a', 'a.b', 'a.b.c'.
        parts = name.split('.')
        for i in range(1, len(parts) + 1):
            full = '.'.join(parts[:i])
            if full not in seen:
                seen.add(full)
                out.append(full)

    def add_absolute(name):
        if implicit_relative:
            add(package + '.' + name)
        add(name)

    for node in _walk(tree):
        kind = type(node).__name__
        if kind == 'Import':
            for alias in node.names:
                add_absolute(alias.name)
        elif kind == 'ImportFrom':
            _add_from(node, package, add, add_absolute)
        elif kind == 'Call':
            name = _dunder_import_literal(node)
            if name:
                add(name)
    return out


def _add_from(node, package, add, add_absolute):
    level = node.level or 0
    module = node.module
    names = [a.name for a in node.names if a.name != '*']
    if module == '__future__':
        return
    if level == 0:
        add_absolute(module)
        for name in names:
            add_absolute(module + '.' + name)
        return
    # Relative: level 1 is the package itself, each further dot one parent up.
    parts = package.split('.') if package else []
    if level > len(parts):
        return  # "Attempted relative import beyond toplevel package" at run time
    base = '.'.join(parts[:len(parts) - (level - 1)])
    if module:
        base = base + '.' + module
    add(base)
    for name in names:
        add(base + '.' + name)


def _has_absolute_import(tree):
    features = getattr(tree, 'future_features', None)
    if features is not None and 'absolute_import' in features:
        return True
    # Fallback for trees without future_features (e.g. Python 3's ast in tests).
    for node in getattr(tree, 'body', []):
        if type(node).__name__ == 'ImportFrom' and node.module == '__future__':
            if any(a.name == 'absolute_import' for a in node.names):
                return True
    return False


def _dunder_import_literal(call):
    func = getattr(call, 'func', None)
    if type(func).__name__ != 'Name' or func.id != '__import__':
        return None
    args = getattr(call, 'args', None) or []
    if not args:
        return None
    arg = args[0]
    kind = type(arg).__name__
    value = None
    if kind == 'Str':
        value = arg.s
    elif kind == 'Constant':  # Python 3's ast, in tests
        value = arg.value
    if isinstance(value, bytes):
        try:
            value = value.decode('ascii')
        except UnicodeDecodeError:
            return None
    if isinstance(value, str) and value and all(p.isidentifier() for p in value.split('.')):
        return value
    return None


def _walk(node):
    """Every node under ``node``, depth first, in source order."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        children = []
        for field in getattr(n, '_fields', ()):
            value = getattr(n, field, None)
            if isinstance(value, list):
                children.extend(v for v in value if hasattr(v, '_fields'))
            elif hasattr(value, '_fields'):
                children.append(value)
        stack.extend(reversed(children))
