"""OS routines for pytrans on POSIX (Python 2.7's os module).

The system calls come from the native posix module; os.path is posixpath.
"""

import sys

from posix import *
from posix import _exit
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

name = 'posix'
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _Environ(dict):
    """os.environ: a dict whose changes also reach the process environment."""

    def __setitem__(self, key, item):
        _posix.putenv(key, item)
        dict.__setitem__(self, key, item)

    def __delitem__(self, key):
        _posix.unsetenv(key)
        dict.__delitem__(self, key)

    def clear(self):
        for key in self.keys():
            _posix.unsetenv(key)
        dict.clear(self)

    def pop(self, key, *args):
        _posix.unsetenv(key)
        return dict.pop(self, key, *args)

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def setdefault(self, key, failobj=None):
        if key not in self:
            self[key] = failobj
        return self[key]

    def copy(self):
        return dict(self)

environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def makedirs(name, mode=0777):
    """makedirs(path [, mode=0777]): recursive directory creation."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError as e:
            if e.errno != 17:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """removedirs(path): remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass


def _walk_one(top, onerror, followlinks):
    try:
        names = listdir(top)
    except error as err:
        if onerror is not None:
            onerror(err)
        return None
    dirs, nondirs = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    return dirs, nondirs


class _TopDownWalk(object):
    # 2.7's walk is a generator; this iterator yields the same triples in
    # the same order and, like it, descends into the dirs list as the
    # caller left it (so callers may prune it in place).
    def __init__(self, top, onerror, followlinks):
        self._stack = [top]
        self._last = None
        self._onerror = onerror
        self._followlinks = followlinks

    def __iter__(self):
        return self

    def next(self):
        if self._last is not None:
            top, dirs = self._last
            self._last = None
            for name in reversed(dirs):
                new_path = path.join(top, name)
                if self._followlinks or not path.islink(new_path):
                    self._stack.append(new_path)
        while self._stack:
            top = self._stack.pop()
            r = _walk_one(top, self._onerror, self._followlinks)
            if r is None:
                continue
            dirs, nondirs = r
            self._last = (top, dirs)
            return top, dirs, nondirs
        raise StopIteration


def _walk_bottom_up(top, onerror, followlinks, out):
    r = _walk_one(top, onerror, followlinks)
    if r is None:
        return
    dirs, nondirs = r
    for name in dirs:
        new_path = path.join(top, name)
        if followlinks or not path.islink(new_path):
            _walk_bottom_up(new_path, onerror, followlinks, out)
    out.append((top, dirs, nondirs))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) triples."""
    if topdown:
        return _TopDownWalk(top, onerror, followlinks)
    out = []
    _walk_bottom_up(top, onerror, followlinks, out)
    return iter(out)


def popen(cmd, mode='r', bufsize=-1):
    raise NotImplementedError("pytrans: os.popen is not available")
