# SPDX-License-Identifier: Apache-2.0
"""The build cache: content-addressed files shared by every pytrans build.

Layout under the cache root ($PYTRANS_CACHE, else $XDG_CACHE_HOME/pytrans,
else ~/.cache/pytrans):

    emit/<key>.json   per module: {"cc": <hash of its C++>, "imports": [...]},
                      key = hash(front-end sources, module name, filename,
                      is_package, Python source); a hit skips parse and emit
    src/<hash>.cc     generated C++, named by the hash of its own text
    obj/<key>.o       object files, key = hash(C++ hash, compiler identity,
                      flags, runtime stamp, runtime headers' size+mtime)
    bin/<key>         linked executables, key = hash(all object keys, link
                      command, library identities)

Every entry is immutable once written and is written atomically: to a unique
temporary name in the same directory, then renamed into place. So any number
of builds (run-compat runs many at once) can share the cache without locks: two
builds racing for the same entry write identical bytes and the last rename
wins. Nothing is ever evicted yet; deleting the directory is always safe.
"""

import hashlib
import json
import os
import tempfile


def default_cache_dir():
    env = os.environ.get('PYTRANS_CACHE')
    if env:
        return os.path.abspath(env)
    xdg = os.environ.get('XDG_CACHE_HOME')
    if xdg:
        return os.path.join(os.path.abspath(xdg), 'pytrans')
    return os.path.join(os.path.expanduser('~'), '.cache', 'pytrans')


def hash_parts(*parts):
    """A hex digest of a sequence of str/bytes/JSON-able parts, unambiguously framed."""
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, str):
            part = part.encode('utf-8', 'surrogateescape')
        elif not isinstance(part, bytes):
            part = json.dumps(part, sort_keys=True).encode()
        h.update(b'%d:' % len(part))
        h.update(part)
    return h.hexdigest()


def atomic_write(path, data, mode=None):
    """Write ``data`` (bytes or str) to ``path`` so readers see all or nothing."""
    if isinstance(data, str):
        data = data.encode('utf-8', 'surrogateescape')
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix='.tmp-', suffix='-' + os.path.basename(path))
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise


def temp_path_for(path):
    """A fresh temporary name beside ``path`` (for tools that write it themselves)."""
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix='.tmp-', suffix='-' + os.path.basename(path))
    os.close(fd)
    return tmp


def _unlink_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


class Cache(object):
    def __init__(self, root=None):
        self.root = os.path.abspath(root or default_cache_dir())

    # ---- paths ----
    def emit_path(self, key):
        return os.path.join(self.root, 'emit', key[:2], key + '.json')

    def src_path(self, cc_hash):
        return os.path.join(self.root, 'src', cc_hash[:2], cc_hash + '.cc')

    def obj_path(self, key):
        return os.path.join(self.root, 'obj', key[:2], key + '.o')

    def bin_path(self, key):
        return os.path.join(self.root, 'bin', key[:2], key)

    # ---- emitted modules ----
    def get_emit(self, key):
        try:
            with open(self.emit_path(key)) as f:
                record = json.load(f)
        except (OSError, ValueError):
            return None
        if not os.path.exists(self.src_path(record.get('cc', ''))):
            return None
        return record

    def put_emit(self, key, cc_text, imports):
        cc_hash = self.put_src(cc_text)
        record = {'cc': cc_hash, 'imports': list(imports)}
        atomic_write(self.emit_path(key), json.dumps(record))
        return record

    def put_src(self, cc_text):
        cc_hash = hash_parts(cc_text)
        path = self.src_path(cc_hash)
        if not os.path.exists(path):
            atomic_write(path, cc_text)
        return cc_hash

    def read_src(self, cc_hash):
        with open(self.src_path(cc_hash), 'rb') as f:
            return f.read().decode('utf-8', 'surrogateescape')
