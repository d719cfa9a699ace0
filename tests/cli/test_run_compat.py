# SPDX-License-Identifier: Apache-2.0
"""Tests of tools/run-compat on a small fake corpus, built with the stub front end
(stub_frontend.py) and g++, so the runner is checked without the real runtime.

The stub program prints `module __main__ NAME.py 0` and `argv NAME.py`, which
the fake goldens below expect; that also checks argv[0] and the cwd."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RUN_COMPAT = os.path.join(REPO, 'tools', 'run-compat')
sys.path.insert(0, os.path.join(REPO, 'transpiler'))
sys.path.insert(0, HERE)
import stub_frontend  # noqa: E402

GOOD = 'module __main__ {0}.py 0\nargv {0}.py\n'

CORPUS = {
    'a/ok.py': 'x = 1\n',
    'a/ok.out': GOOD.format('ok'), 'a/ok.err': '', 'a/ok.rc': '0\n',
    'a/bad.py': 'x = 1\n',
    'a/bad.out': GOOD.format('bad') + 'more\n', 'a/bad.err': 'oops\n', 'a/bad.rc': '1\n',
    'a/xp.py': 'x = 1\n',
    'a/xp.out': GOOD.format('xp'), 'a/xp.err': '', 'a/xp.rc': '0\n',
    'a/xf.py': 'x = 1\n', 'a/xf.out': 'nope\n', 'a/xf.err': '', 'a/xf.rc': '0\n',
    'a/nogold.py': 'x = 1\n',
    'b/experr_ok.py': 'x = 1\n#stub-error 2:1 exec is bad\n'
                      'y = 2  # expect-error: 2:1: exec is bad\n',
    'b/experr_wrong.py': '#stub-error 1:2 other\n# expect-error: 1:3: exec is bad\n',
    'b/experr_builds.py': '# expect-error: 1:3: exec is bad\n',
    'b/in.py': 'x = 1\n', 'b/in.out': GOOD.format('in'), 'b/in.err': '', 'b/in.rc': '0\n',
    'b/in.in': 'stdin\n',
    'a/helper.py': '# compat: module\n',
    'a/mods/m.py': 'x = 1\n',
    'a/x_pkg/__init__.py': '',
    'xfail.txt': '# comment\na/xp.py\na/xf   # trailing comment\n',
}


@unittest.skipUnless(shutil.which('g++'), 'g++ not installed')
class RunCompatTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='pytrans-run-compat-test-')
        self.addCleanup(shutil.rmtree, self.tmp)
        self.root = os.path.join(self.tmp, 'compat')
        for rel, text in CORPUS.items():
            path = os.path.join(self.root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w') as f:
                f.write(text)
        self.env = dict(os.environ, PYTRANS_CONFIG=stub_frontend.fake_config(self.tmp),
                        PYTRANS_FRONTEND='stub_frontend:StubFrontend', PYTHONPATH=HERE,
                        PYTRANS_CACHE=os.path.join(self.tmp, 'cache'))

    def run_compat(self, *args):
        p = subprocess.run([RUN_COMPAT, '--root', self.root] + list(args), env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return p.returncode, p.stdout.decode()

    def test_list_skips_helpers(self):
        rc, out = self.run_compat('--list')
        self.assertEqual(rc, 0)
        self.assertEqual(out.split('\n')[:3], ['a/bad.py', 'a/nogold.py', 'a/ok.py'])
        self.assertNotIn('helper', out)
        self.assertNotIn('mods', out)
        self.assertNotIn('_pkg', out)
        self.assertIn('a/xf.py   [xfail]', out)

    def test_run_reports_and_counts(self):
        rc, out = self.run_compat('-j', '3')
        self.assertEqual(rc, 1)
        lines = out.splitlines()
        self.assertEqual(lines[-1], '3 passed, 4 failed, 1 xfail, 1 xpass')
        fails = sorted(l.split()[1] for l in lines if l.startswith('FAIL'))
        self.assertEqual(fails, ['a/bad.py', 'a/nogold.py', 'b/experr_builds.py',
                                 'b/experr_wrong.py'])
        self.assertIn('XPASS a/xp.py', lines)
        self.assertIn("stdout line 3: expected 'more'", out)
        self.assertIn('exit status: expected 1, got 0', out)
        self.assertIn('got:      experr_wrong.py:1:2: error: other', out)

    def test_pattern_selects_and_exit_zero_when_all_pass(self):
        rc, out = self.run_compat('a/ok', 'b/in*', 'experr_ok')
        self.assertEqual((rc, out.splitlines()[-1]), (0, '3 passed, 0 failed, 0 xfail, 0 xpass'))

    def test_update_xfail_removes_xpass_lines(self):
        rc, out = self.run_compat('--update-xfail', 'a/x')
        self.assertEqual(rc, 0)
        with open(os.path.join(self.root, 'xfail.txt')) as f:
            self.assertEqual(f.read(), '# comment\na/xf   # trailing comment\n')


if __name__ == '__main__':
    unittest.main()
