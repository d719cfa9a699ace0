# SPDX-License-Identifier: Apache-2.0
"""Finding a module's source file the way CPython 2.7's import does.

The search path is: the script's directory, each `-I DIR`, then the repo's
stdlib/ (pure-Python modules). Each entry keeps two spellings: the one the user
gave (used for the filename the emitter bakes into tracebacks, so that a
script given as `prog.py` shows its sibling as `helper.py` and one given as
`dir/prog.py` shows `dir/helper.py`, exactly as CPython would) and the one we
open on disk (made absolute against the build's working directory).

Within one directory a package (`name/__init__.py`) wins over a module
(`name.py`), as in 2.7; a directory without `__init__.py` is not a package. A
submodule `a.b` is looked up only inside package `a`'s directory. Modules the
runtime provides natively (BUILTIN_MODULES, CPython 2.7's
sys.builtin_module_names) are never looked up on disk, since CPython would not
either; other names that find no file (natively provided or truly missing) are
skipped by the caller.
"""

import os

# CPython 2.7.18's sys.builtin_module_names: never shadowed by a file.
BUILTIN_MODULES = frozenset([
    '__builtin__', '__main__', '_ast', '_codecs', '_sre', '_symtable', '_warnings',
    '_weakref', 'errno', 'exceptions', 'gc', 'imp', 'marshal', 'posix', 'pwd',
    'signal', 'sys', 'thread', 'xxsubtype', 'zipimport',
])


class ModuleFile(object):
    """Where module ``name`` lives: display filename, path on disk, package-ness."""

    def __init__(self, name, filename, path, is_package, display_dir, fs_dir):
        self.name = name
        self.filename = filename      # as CPython would show it in a traceback
        self.path = path              # absolute path to open
        self.is_package = is_package
        self.display_dir = display_dir  # a package's own directory (its __path__)
        self.fs_dir = fs_dir

    def __repr__(self):
        return 'ModuleFile(%r, %r, package=%r)' % (self.name, self.filename, self.is_package)


class SearchPath(object):
    def __init__(self, entries, cwd):
        """``entries``: directories as given (relative to ``cwd`` or absolute)."""
        self.cwd = cwd
        self.entries = [(d, os.path.join(cwd, d) if d else cwd) for d in entries]
        self._found = {}

    def find(self, name):
        """The ModuleFile for absolute module ``name``, or None."""
        if name in self._found:
            return self._found[name]
        result = self._find(name)
        self._found[name] = result
        return result

    def _find(self, name):
        parent, _, last = name.rpartition('.')
        if not parent and name in BUILTIN_MODULES:
            return None
        if parent:
            pkg = self.find(parent)
            if pkg is None or not pkg.is_package:
                return None
            dirs = [(pkg.display_dir, pkg.fs_dir)]
        else:
            dirs = self.entries
        for display, fs in dirs:
            pkg_dir = os.path.join(fs, last)
            init = os.path.join(pkg_dir, '__init__.py')
            if os.path.isfile(init):
                shown = os.path.join(display, last)
                return ModuleFile(name, os.path.join(shown, '__init__.py'), init, True,
                                  shown, pkg_dir)
            path = os.path.join(fs, last + '.py')
            if os.path.isfile(path):
                return ModuleFile(name, os.path.join(display, last + '.py'), path, False,
                                  None, None)
        return None
