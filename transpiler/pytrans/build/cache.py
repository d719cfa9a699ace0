# SPDX-License-Identifier: Apache-2.0
"""The build cache: content-addressed files shared by every pytrans build.

Layout under the cache root ($PYTRANS_CACHE, else $XDG_CACHE_HOME/pytrans,
else ~/.cache/pytrans):

    emit/<key>.json   per module: {"cc": <hash of its C++>, "imports": [...]},
                      key = hash(front-end sources, module name, filename,
                      is_package, Python source); a hit skips parse and emit
    src/<hash>.cc     generated C++, named by the hash of its own text
    obj/<key>.o       object files, key = hash(C++ hash, compiler identity,
                      flags, runtime headers' size+mtime); the runtime's own
                      .cc files do not matter to an object, only to the link
    pch/<key>/        pytrans.h.gch, the runtime header precompiled (driver.py)
    bin/<key>         linked executables, key = hash(all object keys, link
                      command, library identities, runtime stamp)

Every entry is immutable once written and is written atomically: to a unique
temporary name in the same directory, then renamed into place. So any number
of builds (run-compat runs many at once) can share the cache without locks: two
builds racing for the same entry write identical bytes and the last rename
wins. Deleting the directory is always safe.

Eviction. Linked executables are big (a static binary is 2-3 MB; the compat
corpus alone makes ~1 GB of them, again after every emitter change), so the
cache is kept under a size cap, $PYTRANS_CACHE_SIZE (e.g. 500M, 4G; default
2G), least recently used first: a cache hit refreshes the entry's mtime, and
prune() deletes the oldest entries until the total is under 80% of the cap.
Entries used in the last PRUNE_GRACE seconds are never deleted, so a build
that just found an entry can still use it while another process prunes.
Builds prune at most once every PRUNE_INTERVAL seconds (a marker file's mtime
records the last time). Only this module's subdirectories are touched.
"""

import hashlib
import json
import os
import re
import tempfile
import time

SUBDIRS = ('emit', 'src', 'obj', 'bin', 'pch')
DEFAULT_SIZE = 2 << 30
PRUNE_GRACE = 600
PRUNE_INTERVAL = 60
_TMP_MAX_AGE = 3600


def default_cache_dir():
    env = os.environ.get('PYTRANS_CACHE')
    if env:
        return os.path.abspath(env)
    xdg = os.environ.get('XDG_CACHE_HOME')
    if xdg:
        return os.path.join(os.path.abspath(xdg), 'pytrans')
    return os.path.join(os.path.expanduser('~'), '.cache', 'pytrans')


def size_limit():
    """$PYTRANS_CACHE_SIZE in bytes (suffixes K, M, G), else DEFAULT_SIZE."""
    text = os.environ.get('PYTRANS_CACHE_SIZE', '').strip().upper()
    m = re.match(r'^(\d+(?:\.\d+)?)\s*([KMG]?)I?B?$', text)
    if not m:
        return DEFAULT_SIZE
    scale = {'': 1, 'K': 1 << 10, 'M': 1 << 20, 'G': 1 << 30}[m.group(2)]
    return int(float(m.group(1)) * scale)


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

    def pch_path(self, key):
        """A directory: pytrans.h (a stand-in) and pytrans.h.gch."""
        return os.path.join(self.root, 'pch', key[:2], key)

    # ---- emitted modules ----
    def get_emit(self, key):
        try:
            with open(self.emit_path(key)) as f:
                record = json.load(f)
        except (OSError, ValueError):
            return None
        src = self.src_path(record.get('cc', ''))
        if not os.path.exists(src):
            return None
        self.touch(self.emit_path(key))
        self.touch(src)
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

    # ---- eviction ----
    @staticmethod
    def touch(path):
        """Mark an entry as just used (LRU), ignoring races with pruning."""
        try:
            os.utime(path)
        except OSError:
            pass

    def usage(self):
        """(total bytes, [(mtime, size, path)]) over this cache's entries."""
        entries = []
        total = 0
        for sub in SUBDIRS:
            for dirpath, _, filenames in os.walk(os.path.join(self.root, sub)):
                for name in filenames:
                    path = os.path.join(dirpath, name)
                    try:
                        st = os.stat(path)
                    except OSError:
                        continue
                    entries.append((st.st_mtime, st.st_size, path))
                    total += st.st_size
        return total, entries

    def prune(self, limit=None, now=None):
        """Delete least recently used entries until under 80% of ``limit``.

        Returns (bytes before, bytes after).
        """
        limit = size_limit() if limit is None else limit
        now = time.time() if now is None else now
        total, entries = self.usage()
        before = total
        for mtime, size, path in entries:
            # Temporary files of crashed builds.
            if '/.tmp-' in path and now - mtime > _TMP_MAX_AGE:
                _unlink_quietly(path)
                total -= size
        if total > limit:
            target = int(limit * 0.8)
            for mtime, size, path in sorted(entries):
                if total <= target or now - mtime < PRUNE_GRACE:
                    break
                if '/.tmp-' in path:
                    continue
                _unlink_quietly(path)
                total -= size
        return before, total

    def maybe_prune(self):
        """prune(), at most once every PRUNE_INTERVAL seconds across processes."""
        marker = os.path.join(self.root, 'last-prune')
        try:
            if time.time() - os.stat(marker).st_mtime < PRUNE_INTERVAL:
                return None
        except OSError:
            pass
        os.makedirs(self.root, exist_ok=True)
        with open(marker, 'w'):
            pass
        return self.prune()

    def clear(self):
        import shutil
        for sub in SUBDIRS:
            shutil.rmtree(os.path.join(self.root, sub), ignore_errors=True)
