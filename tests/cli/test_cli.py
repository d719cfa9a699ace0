# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of the `pytrans` command (the ./pytrans launcher).

Two layers:
  * StubCliTest runs the real launcher, CLI and build driver with a stub front
    end (stub_frontend.py) and plain g++, so argument parsing, caching, exec,
    argv, exit status, stdin programs and error formatting are tested before
    (and independently of) the emitter and runtime;
  * RealCliTest compiles real Python programs with the real emitter and runtime,
    and is skipped, with the reason, until build/pytrans_config.json exists.

Run: python3 -m unittest discover -s tests/cli      (from the repo root)
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PYTRANS = os.path.join(REPO, 'pytrans')
REAL_CONFIG = os.path.join(REPO, 'build', 'pytrans_config.json')

sys.path.insert(0, os.path.join(REPO, 'transpiler'))
sys.path.insert(0, HERE)
import stub_frontend  # noqa: E402


def run(args, cwd, env, input=None):
    return subprocess.run([PYTRANS] + args, cwd=cwd, env=env, input=input,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)


class _CliTestBase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='pytrans-cli-test-')
        self.addCleanup(shutil.rmtree, self.tmp)
        self.proj = os.path.join(self.tmp, 'proj')
        os.makedirs(self.proj)
        env = dict(os.environ)
        for k in ('PYTRANS_CONFIG', 'PYTRANS_FRONTEND', 'STUB_EXIT'):
            env.pop(k, None)
        env['PYTRANS_CACHE'] = os.path.join(self.tmp, 'cache')
        self.env = env

    def write(self, rel, text):
        path = os.path.join(self.proj, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)

    def pytrans(self, *args, **kw):
        return run(list(args), kw.get('cwd', self.proj), kw.get('env', self.env),
                   kw.get('input'))


class CliArgsTest(_CliTestBase):
    def test_help_and_version(self):
        p = self.pytrans('--help')
        self.assertEqual(p.returncode, 0)
        for word in (b'build', b'run', b'emit'):
            self.assertIn(word, p.stdout)
        p = self.pytrans('--version')
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.startswith(b'pytrans '))

    def test_usage_errors_exit_2(self):
        self.assertEqual(self.pytrans().returncode, 2)
        self.assertEqual(self.pytrans('frobnicate', 'x.py').returncode, 2)
        self.assertEqual(self.pytrans('build').returncode, 2)
        p = self.pytrans('build', 'nosuch.py')
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"can't open file 'nosuch.py'", p.stderr)

    def test_cache_command(self):
        p = self.pytrans('cache')
        self.assertEqual(p.returncode, 0)
        self.assertIn(self.env['PYTRANS_CACHE'].encode() + b': 0.0 MB in 0 files', p.stdout)
        self.assertEqual(self.pytrans('cache', '--prune').returncode, 0)
        self.assertEqual(self.pytrans('cache', '--clear').returncode, 0)

    def test_launcher_works_from_anywhere_and_through_symlinks(self):
        link = os.path.join(self.tmp, 'pt')
        os.symlink(PYTRANS, link)
        p = subprocess.run([link, '--version'], cwd='/', stdout=subprocess.PIPE)
        self.assertEqual(p.returncode, 0)

    def test_argument_parser(self):
        from pytrans.cli import make_parser
        a = make_parser().parse_args(['run', '-j', '3', '-I', 'x', 'app.py', '-v', '--', 'z'])
        self.assertEqual((a.jobs, a.include, a.script, a.args, a.verbose),
                         (3, ['x'], 'app.py', ['-v', '--', 'z'], False))
        a = make_parser().parse_args(['build', 'app.py', '-o', 'out', '-I', 'a', '-I', 'b',
                                      '--keep-cpp', '-v'])
        self.assertEqual((a.output, a.include, a.keep_cpp, a.verbose),
                         ('out', ['a', 'b'], True, True))


@unittest.skipUnless(shutil.which('g++'), 'g++ not installed')
class StubCliTest(_CliTestBase):
    def setUp(self):
        _CliTestBase.setUp(self)
        self.env['PYTRANS_CONFIG'] = stub_frontend.fake_config(self.tmp)
        self.env['PYTRANS_FRONTEND'] = 'stub_frontend:StubFrontend'
        self.env['PYTHONPATH'] = HERE

    def test_build_writes_default_output_and_rebuild_compiles_nothing(self):
        self.write('app.py', 'import helper\n')
        self.write('helper.py', '')
        p = self.pytrans('build', 'app.py')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(b'[1/3] compiling', p.stderr)
        self.assertIn(b'linking app', p.stderr)
        out = subprocess.run(['./app'], cwd=self.proj, stdout=subprocess.PIPE).stdout
        self.assertEqual(out, b'module __main__ app.py 0\nmodule helper helper.py 0\n'
                              b'argv ./app\n')
        p = self.pytrans('build', 'app.py', '-v')
        self.assertEqual(p.returncode, 0)
        self.assertNotIn(b'compiling', p.stderr)
        self.assertNotIn(b'g++', p.stderr)   # -v shows every command run: none
        self.assertIn(b'0 of 3 units compiled, link cached', p.stderr)
        p = self.pytrans('build', 'app.py')
        self.assertEqual(p.stderr, b'')

    def test_parallel_builds_share_the_cache(self):
        # Eight programs built at once, all importing the same two modules.
        self.write('shared.py', 'import common\n')
        self.write('common.py', '')
        for i in range(8):
            self.write('p%d.py' % i, 'import shared\n')
        procs = [subprocess.Popen([PYTRANS, 'build', 'p%d.py' % i], cwd=self.proj, env=self.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for i in range(8)]
        for p in procs:
            _, err = p.communicate()
            self.assertEqual(p.returncode, 0, err)
        for i in range(8):
            out = subprocess.run(['./p%d' % i], cwd=self.proj, stdout=subprocess.PIPE).stdout
            self.assertEqual(out, ('module __main__ p%d.py 0\nmodule shared shared.py 0\n'
                                   'module common common.py 0\nargv ./p%d\n' % (i, i)).encode())
        leftovers = [f for _, _, files in os.walk(self.env['PYTRANS_CACHE'])
                     for f in files if f.startswith('.tmp-')]
        self.assertEqual(leftovers, [])

    def test_build_output_option_and_keep_cpp(self):
        self.write('app.py', '')
        p = self.pytrans('build', 'app.py', '-o', 'bin/prog', '--keep-cpp')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.access(os.path.join(self.proj, 'bin/prog'), os.X_OK))
        self.assertTrue(os.path.exists(os.path.join(self.proj, 'bin/prog.cpp/__main__.cc')))

    def test_run_passes_argv_and_exit_status(self):
        self.write('sub/app.py', '')
        env = dict(self.env, STUB_EXIT='7')
        p = self.pytrans('run', 'sub/app.py', 'a b', '-v', '--x', env=env)
        self.assertEqual(p.returncode, 7, p.stderr)
        self.assertEqual(p.stdout, b'module __main__ sub/app.py 0\n'
                                   b'argv sub/app.py\nargv a b\nargv -v\nargv --x\n')

    def test_script_alone_means_run(self):
        self.write('app.py', '')
        p = self.pytrans('app.py', 'x')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, b'module __main__ app.py 0\nargv app.py\nargv x\n')

    def test_run_program_from_stdin(self):
        self.write('helper.py', '')
        p = self.pytrans('run', '-', 'arg', input=b'import helper\n')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, b'module __main__ <stdin> 0\nmodule helper helper.py 0\n'
                                   b'argv -\nargv arg\n')

    def test_compile_error_format(self):
        self.write('app.py', 'import helper\n')
        self.write('helper.py', 'x = 1\ny = (2 +\n#stub-error 2:8 invalid syntax\n')
        p = self.pytrans('run', 'app.py')
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, b'')
        self.assertEqual(p.stderr, b'helper.py:2:8: error: invalid syntax\ny = (2 +\n       ^\n')

    def test_front_end_crash_is_an_internal_error(self):
        self.write('app.py', 'import helper\n')
        self.write('helper.py', '#stub-crash\n')
        p = self.pytrans('build', 'app.py')
        self.assertEqual(p.returncode, 1)
        self.assertIn(b'RuntimeError: stub front end crashed on purpose', p.stderr)
        self.assertIn(b'pytrans: internal error (a bug in pytrans) while compiling helper.py',
                      p.stderr)

    def test_output_into_directory(self):
        self.write('app.py', '')
        os.makedirs(os.path.join(self.proj, 'bin'))
        p = self.pytrans('build', 'app.py', '-o', 'bin')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.access(os.path.join(self.proj, 'bin', 'app'), os.X_OK))

    def test_emit_prints_main_module(self):
        self.write('app.py', '')
        p = self.pytrans('emit', 'app.py')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(b'// module __main__ from app.py', p.stdout)

    def test_internal_error_on_cxx_failure(self):
        cfg = stub_frontend.fake_config(self.tmp)
        import json
        with open(cfg) as f:
            c = json.load(f)
        c['cxxflags'].append('-DBROKEN=(')
        c['cxxflags'].append('-include')
        c['cxxflags'].append(os.path.join(self.tmp, 'broken.h'))
        with open(os.path.join(self.tmp, 'broken.h'), 'w') as f:
            f.write('int broken = ;\n')
        with open(cfg, 'w') as f:
            json.dump(c, f)
        self.write('app.py', '')
        p = self.pytrans('build', 'app.py')
        self.assertEqual(p.returncode, 1)
        self.assertIn(b'pytrans: internal error', p.stderr)
        self.assertIn(b'generated C++ kept at: ', p.stderr)
        self.assertIn(b'error: expected', p.stderr)


def _real_runtime_missing():
    """Why the real-compiler tests cannot run, or None."""
    import json
    try:
        with open(REAL_CONFIG) as f:
            lib = json.load(f).get('runtime_lib')
    except (OSError, ValueError):
        return 'build/pytrans_config.json is missing (run `make runtime` first)'
    if not lib or not os.path.exists(lib):
        return 'the runtime library is not built (run `make runtime` first)'
    try:
        from pytrans.emit import emit_main, emit_module  # noqa: F401
    except ImportError as e:
        return 'the emitter is not available yet (%s)' % e
    return None


_REAL_MISSING = _real_runtime_missing()


@unittest.skipIf(_REAL_MISSING, 'needs the real runtime and emitter: %s' % _REAL_MISSING)
class RealCliTest(_CliTestBase):
    # One cache for the class: the runtime headers make each compile slow.
    @classmethod
    def setUpClass(cls):
        cls.shared_cache = tempfile.mkdtemp(prefix='pytrans-cli-real-cache-')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.shared_cache)

    def setUp(self):
        _CliTestBase.setUp(self)
        self.env['PYTRANS_CACHE'] = self.shared_cache

    def test_hello_run_and_argv(self):
        self.write('app.py', 'import sys\nprint "hello", sys.argv\n')
        p = self.pytrans('run', 'app.py', 'x', '-y')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, b"hello ['app.py', 'x', '-y']\n")

    def test_rebuild_runs_no_compiler(self):
        self.write('app.py', 'print 1 + 2\n')
        p = self.pytrans('build', 'app.py')
        self.assertEqual(p.returncode, 0, p.stderr)
        p = self.pytrans('build', 'app.py', '-v')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertNotIn(b'compiling', p.stderr)
        self.assertIn(b'units compiled, link cached', p.stderr)
        self.assertIn(b' 0 of ', p.stderr)

    def test_stdin_program(self):
        p = self.pytrans('run', '-', input=b'print 6 * 7\n')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, b'42\n')

    def test_stdin_program_argv(self):
        # CPython: `python - a b` has sys.argv == ['-', 'a', 'b'].
        p = self.pytrans('run', '-', 'a', 'b', input=b'import sys\nprint sys.argv\n')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, b"['-', 'a', 'b']\n")

    def test_multi_module_program_and_include_dir(self):
        self.write('app.py', 'import helper\nfrom pkg import sub\nimport lib\n'
                             'print helper.f(), sub.g(), lib.h()\n')
        self.write('helper.py', 'def f():\n    return "helper"\n')
        self.write('pkg/__init__.py', '')
        self.write('pkg/sub.py', 'import helper\ndef g():\n    return helper.f() + "+sub"\n')
        self.write('libs/lib.py', 'def h():\n    return 42\n')
        p = self.pytrans('run', '-I', 'libs', 'app.py')
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, b'helper helper+sub 42\n')

    def test_exit_status(self):
        self.write('app.py', 'import sys\nsys.exit(3)\n')
        self.assertEqual(self.pytrans('run', 'app.py').returncode, 3)

    def test_demo_matches_cpython(self):
        p = self.pytrans('run', os.path.join(REPO, 'examples', 'demo.py'))
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(REPO, 'examples', 'demo.out'), 'rb') as f:
            self.assertEqual(p.stdout, f.read())

    def test_syntax_error(self):
        self.write('app.py', 'x = 1\nif x\n    pass\n')
        p = self.pytrans('build', 'app.py')
        self.assertEqual(p.returncode, 1)
        first = p.stderr.decode().splitlines()[0]
        self.assertTrue(first.startswith('app.py:2:'), p.stderr)
        self.assertIn(': error: ', first)


if __name__ == '__main__':
    unittest.main()
