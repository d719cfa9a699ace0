# SPDX-License-Identifier: Apache-2.0
"""Tests for build/config.py: reading pytrans_config.json, the runtime stamp,
and snapshots of the runtime library.
Run: PYTHONPATH=transpiler python3 -m unittest pytrans.build.config_test
"""

import json
import os
import shutil
import tempfile
import unittest
from unittest import mock

from pytrans.build import config as cfg


class ConfigTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='pytrans-config-test-')
        self.addCleanup(shutil.rmtree, self.tmp)
        self.lib = os.path.join(self.tmp, 'build', 'libpytrans_rt.a')
        os.makedirs(os.path.dirname(self.lib))
        with open(self.lib, 'wb') as f:
            f.write(b'!<arch>\n')

    def write_config(self, **extra):
        c = {'cxx': 'c++', 'cxxflags': [], 'include_dirs': [], 'link_flags': [],
             'libs': ['-Wl,--whole-archive', self.lib, '-Wl,--no-whole-archive', '/usr/lib/libgc.a'],
             'runtime_lib': self.lib}
        c.update(extra)
        path = os.path.join(self.tmp, 'pytrans_config.json')
        with open(path, 'w') as f:
            json.dump(c, f)
        return path

    def load(self, path):
        with mock.patch.dict(os.environ, {'PYTRANS_CONFIG': path}):
            return cfg.load_config(repo=self.tmp)

    def test_stamp_from_stamp_file(self):
        stamp = os.path.join(self.tmp, 'stamp')
        with open(stamp, 'w') as f:
            f.write('abc123\n')
        self.assertEqual(self.load(self.write_config(runtime_stamp_file=stamp))['runtime_stamp'],
                         'abc123')

    def test_explicit_stamp_wins(self):
        self.assertEqual(self.load(self.write_config(runtime_stamp='s1'))['runtime_stamp'], 's1')

    def test_missing_keys_and_missing_file(self):
        path = os.path.join(self.tmp, 'bad.json')
        with open(path, 'w') as f:
            json.dump({'cxx': 'c++'}, f)
        with self.assertRaisesRegex(cfg.SetupError, 'missing keys'):
            self.load(path)
        with self.assertRaisesRegex(cfg.SetupError, 'not found'):
            self.load(os.path.join(self.tmp, 'nope.json'))

    def test_snapshot_copies_repo_libraries_only(self):
        c = self.load(self.write_config())
        snap = os.path.join(self.tmp, 'snap')
        os.makedirs(snap)
        s = cfg.snapshot_libs(c, snap, repo=self.tmp)
        copied = s['libs'][1]
        self.assertTrue(copied.startswith(snap))
        self.assertEqual(os.path.basename(copied), 'libpytrans_rt.a')
        self.assertEqual(s['runtime_lib'], copied)
        self.assertEqual(os.stat(copied).st_mtime_ns, os.stat(self.lib).st_mtime_ns)
        self.assertEqual([s['libs'][i] for i in (0, 2, 3)],
                         ['-Wl,--whole-archive', '-Wl,--no-whole-archive', '/usr/lib/libgc.a'])
        self.assertEqual(c['libs'][1], self.lib)  # the original config is untouched


if __name__ == '__main__':
    unittest.main()
