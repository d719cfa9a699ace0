# SPDX-License-Identifier: Apache-2.0
"""Tests for build/cache.py: where the cache lives, keys, atomic writes under
concurrency (many processes writing the same entries at once, as run-compat
workers do). Run: PYTHONPATH=transpiler python3 -m unittest pytrans.build.cache_test
"""

import concurrent.futures
import os
import shutil
import tempfile
import unittest
from unittest import mock

from pytrans.build import cache as cache_mod
from pytrans.build.cache import Cache, atomic_write, default_cache_dir, hash_parts, size_limit


def _hammer(args):
    root, i = args
    cache = Cache(root)
    for j in range(50):
        text = '// unit %d\n' % (j % 5) + 'x' * 100000
        key = hash_parts('k', j % 5)
        cache.put_emit(key, text, ['m%d' % (j % 5)])
        record = cache.get_emit(key)
        assert record is not None and cache.read_src(record['cc']) == text
    return i


class CacheTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='pytrans-cache-test-')
        self.addCleanup(shutil.rmtree, self.tmp)

    def test_default_dir_precedence(self):
        with mock.patch.dict(os.environ, {'PYTRANS_CACHE': '/a', 'XDG_CACHE_HOME': '/b'}):
            self.assertEqual(default_cache_dir(), '/a')
        with mock.patch.dict(os.environ, {'XDG_CACHE_HOME': '/b'}):
            os.environ.pop('PYTRANS_CACHE', None)
            self.assertEqual(default_cache_dir(), '/b/pytrans')
        with mock.patch.dict(os.environ, {'HOME': '/h'}):
            os.environ.pop('PYTRANS_CACHE', None)
            os.environ.pop('XDG_CACHE_HOME', None)
            self.assertEqual(default_cache_dir(), '/h/.cache/pytrans')

    def test_hash_parts_is_framed(self):
        self.assertNotEqual(hash_parts('ab', 'c'), hash_parts('a', 'bc'))
        self.assertEqual(hash_parts('a', b'a'), hash_parts(b'a', 'a'))
        self.assertNotEqual(hash_parts(['x']), hash_parts('x'))

    def test_emit_record_roundtrip_and_missing_source(self):
        cache = Cache(self.tmp)
        self.assertIsNone(cache.get_emit('00ff'))
        record = cache.put_emit('00ff', 'int x;\n', ['a', 'a.b'])
        self.assertEqual(cache.get_emit('00ff'), record)
        self.assertEqual(cache.read_src(record['cc']), 'int x;\n')
        os.unlink(cache.src_path(record['cc']))
        self.assertIsNone(cache.get_emit('00ff'))  # a half-deleted cache is a miss

    def test_atomic_write_leaves_no_temp_files(self):
        path = os.path.join(self.tmp, 'd', 'f')
        atomic_write(path, b'1')
        atomic_write(path, '2', mode=0o755)
        with open(path) as f:
            self.assertEqual(f.read(), '2')
        self.assertEqual(os.listdir(os.path.dirname(path)), ['f'])
        self.assertTrue(os.access(path, os.X_OK))

    def test_concurrent_writers(self):
        with concurrent.futures.ProcessPoolExecutor(4) as pool:
            done = list(pool.map(_hammer, [(self.tmp, i) for i in range(8)]))
        self.assertEqual(sorted(done), list(range(8)))
        leftovers = [f for _, _, files in os.walk(self.tmp) for f in files if f.startswith('.tmp-')]
        self.assertEqual(leftovers, [])

    def test_size_limit_parsing(self):
        for text, want in [('500M', 500 << 20), ('4G', 4 << 30), ('1.5g', 3 << 29),
                           ('1000', 1000), ('64KiB', 64 << 10), ('junk', cache_mod.DEFAULT_SIZE)]:
            with mock.patch.dict(os.environ, {'PYTRANS_CACHE_SIZE': text}):
                self.assertEqual(size_limit(), want, text)

    def test_prune_removes_least_recently_used_first(self):
        cache = Cache(self.tmp)
        now = 1000000.0
        paths = []
        for i in range(10):  # 10 binaries of 1000 bytes, used at now-10000+i*100
            path = cache.bin_path(hash_parts('bin', i))
            atomic_write(path, b'x' * 1000)
            os.utime(path, (now - 10000 + i * 100,) * 2)
            paths.append(path)
        fresh = cache.bin_path(hash_parts('fresh'))
        atomic_write(fresh, b'y' * 1000)
        os.utime(fresh, (now - 5,) * 2)  # within the grace period: kept
        stale_tmp = os.path.join(os.path.dirname(fresh), '.tmp-crashed')
        with open(stale_tmp, 'w') as f:
            f.write('z' * 10)
        os.utime(stale_tmp, (now - 7200,) * 2)
        before, after = cache.prune(limit=5000, now=now)
        self.assertEqual((before, after), (11010, 4000))
        self.assertEqual([os.path.exists(p) for p in paths], [False] * 7 + [True] * 3)
        self.assertTrue(os.path.exists(fresh))
        self.assertFalse(os.path.exists(stale_tmp))

    def test_prune_under_limit_deletes_nothing(self):
        cache = Cache(self.tmp)
        cache.put_emit('aa', 'x', [])
        self.assertEqual(cache.prune(limit=1 << 20), cache.prune(limit=1 << 20))
        self.assertIsNotNone(cache.get_emit('aa'))

    def test_maybe_prune_runs_at_most_once_per_interval(self):
        cache = Cache(self.tmp)
        self.assertIsNotNone(cache.maybe_prune())
        self.assertIsNone(cache.maybe_prune())


if __name__ == '__main__':
    unittest.main()
