# SPDX-License-Identifier: Apache-2.0
"""Tests for the build driver: discovery, caching, errors, parallel builds.

These use a stub front end (imports are read with Python 3's ast) and a fake
"compiler" (a shell script that logs each call, copies .cc to .o and "links"
a shell script), so they need neither the emitter nor the runtime nor g++.
tests/cli/ covers the same paths end to end with real compilers.
Run: PYTHONPATH=transpiler python3 -m unittest pytrans.build.driver_test
"""

import ast
import io
import os
import shutil
import subprocess
import tempfile
import unittest

from pytrans.build.cache import Cache
from pytrans.build.driver import Builder, InternalError, default_output
from pytrans.errors import CompileError

FAKE_CXX = r'''#!/bin/sh
echo "$*" >> "$FAKE_LOG"
out=""; src=""; compile=0; prev=""
for a in "$@"; do
  case "$prev" in -o) out="$a";; esac
  case "$a" in -c) compile=1;; *.cc) src="$a";; esac
  prev="$a"
done
if grep -q BREAK_CXX "$src" 2>/dev/null; then echo "$src:1:1: error: broken" >&2; exit 1; fi
if [ $compile = 1 ]; then cp "$src" "$out"; else
  { echo '#!/bin/sh'; echo 'echo linked'; } > "$out"
fi
'''


class Stub(object):
    version = 'driver-test'

    def __init__(self):
        self.emitted = []

    def parse(self, source, filename):
        text = source.decode()
        if 'SYNTAX_ERROR' in text:
            line = text[:text.index('SYNTAX_ERROR')].count('\n') + 1
            raise CompileError(filename, line, 1, 'invalid syntax')
        return ast.parse(text)

    def emit_module(self, tree, modname, filename, source, is_package):
        self.emitted.append((modname, filename, is_package))
        body = '// %s %s %s %r\n' % (modname, filename, is_package, source)
        if b'BREAK_CXX' in source:
            body += 'BREAK_CXX\n'
        return body

    def emit_main(self, main_modname, modules):
        return '// main %s %r\n' % (main_modname, modules)


class DriverTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='pytrans-driver-test-')
        self.addCleanup(shutil.rmtree, self.tmp)
        self.log_path = os.path.join(self.tmp, 'cxx.log')
        os.environ['FAKE_LOG'] = self.log_path
        cxx = os.path.join(self.tmp, 'fake-cxx')
        with open(cxx, 'w') as f:
            f.write(FAKE_CXX)
        os.chmod(cxx, 0o755)
        self.config = {'cxx': cxx, 'cxxflags': ['-O2'], 'include_dirs': ['/inc'],
                       'link_flags': [], 'libs': [], 'runtime_stamp': 'x'}
        self.proj = os.path.join(self.tmp, 'proj')
        os.makedirs(self.proj)
        self.cache = Cache(os.path.join(self.tmp, 'cache'))

    def write(self, rel, text):
        path = os.path.join(self.proj, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)

    def builder(self, **kw):
        self.stderr = io.StringIO()
        self.stub = Stub()
        return Builder(config=self.config, cache=self.cache, log=self.stderr,
                       frontend=self.stub, use_ccache=False, repo=self.tmp, **kw)

    def compiler_calls(self):
        try:
            with open(self.log_path) as f:
                return f.read().splitlines()
        except OSError:
            return []

    def test_discovers_modules_and_filenames_as_cpython_shows_them(self):
        self.write('app.py', 'import helper\nimport pkg.sub\nimport sys\nimport missing\n')
        self.write('helper.py', 'x = 1\n')
        self.write('pkg/__init__.py', 'from . import other\n')
        self.write('pkg/sub.py', 'import helper\n')   # implicit relative, falls back to top
        self.write('pkg/other.py', '')
        result = self.builder().build('app.py', cwd=self.proj)
        self.assertEqual([(m.name, m.filename, m.is_package) for m in result.modules],
                         [('__main__', 'app.py', False), ('helper', 'helper.py', False),
                          ('pkg', 'pkg/__init__.py', True), ('pkg.sub', 'pkg/sub.py', False),
                          ('pkg.other', 'pkg/other.py', False)])

    def test_script_in_subdirectory_and_include_dirs(self):
        self.write('src/app.py', 'import helper, lib\n')
        self.write('src/helper.py', '')
        self.write('libdir/lib.py', '')
        self.write('libdir/helper.py', '')  # shadowed by the script's directory
        result = self.builder().build('src/app.py', cwd=self.proj, include_dirs=['libdir'])
        self.assertEqual([m.filename for m in result.modules],
                         ['src/app.py', 'src/helper.py', 'libdir/lib.py'])

    def test_stdlib_path_comes_last(self):
        self.write('app.py', 'import a, b\n')
        self.write('inc/a.py', '')
        self.write('std/a.py', '')
        self.write('std/b.py', '')
        result = self.builder().build('app.py', cwd=self.proj, include_dirs=['inc'],
                                      stdlib_paths=['std'])
        self.assertEqual([m.filename for m in result.modules], ['app.py', 'inc/a.py', 'std/b.py'])

    def test_package_wins_over_module_and_needs_init(self):
        self.write('app.py', 'import a, b\n')
        self.write('a/__init__.py', '')
        self.write('a.py', '')
        self.write('b/x.py', '')  # no __init__.py: not a package
        result = self.builder().build('app.py', cwd=self.proj)
        self.assertEqual([m.filename for m in result.modules], ['app.py', 'a/__init__.py'])

    def test_second_build_runs_no_compiler_and_no_emitter(self):
        self.write('app.py', 'import helper\n')
        self.write('helper.py', '')
        first = self.builder().build('app.py', cwd=self.proj, out='app')
        self.assertEqual(len(first.compiled), 3)  # __main__, helper, main TU
        self.assertTrue(first.linked)
        self.assertIn('[1/3] compiling', self.stderr.getvalue())
        calls = len(self.compiler_calls())
        self.assertEqual(calls, 4)
        second = self.builder().build('app.py', cwd=self.proj, out='app')
        self.assertEqual(second.compiled, [])
        self.assertFalse(second.linked)
        self.assertEqual(self.stub.emitted, [])
        self.assertEqual(len(self.compiler_calls()), calls)
        self.assertEqual(self.stderr.getvalue(), '')  # quiet on a full cache hit
        out = subprocess.run([os.path.join(self.proj, 'app')], stdout=subprocess.PIPE)
        self.assertEqual(out.stdout, b'linked\n')

    def test_editing_one_module_recompiles_one_unit(self):
        self.write('app.py', 'import helper\n')
        self.write('helper.py', 'x = 1\n')
        self.builder().build('app.py', cwd=self.proj)
        self.write('helper.py', 'x = 2\n')
        result = self.builder().build('app.py', cwd=self.proj)
        self.assertEqual(result.compiled, ['helper'])
        self.assertTrue(result.linked)

    def test_changed_flags_recompile(self):
        self.write('app.py', '')
        self.builder().build('app.py', cwd=self.proj)
        self.config['cxxflags'] = ['-O1']
        result = self.builder().build('app.py', cwd=self.proj)
        self.assertEqual(len(result.compiled), 2)

    def test_changed_header_recompiles(self):
        inc = os.path.join(self.tmp, 'inc')
        os.makedirs(inc)
        self.config['include_dirs'] = [inc]
        with open(os.path.join(inc, 'rt.h'), 'w') as f:
            f.write('int a;\n')
        self.write('app.py', '')
        self.builder().build('app.py', cwd=self.proj)
        self.assertEqual(self.builder().build('app.py', cwd=self.proj).compiled, [])
        with open(os.path.join(inc, 'rt.h'), 'w') as f:
            f.write('int a, b;\n')
        self.assertEqual(len(self.builder().build('app.py', cwd=self.proj).compiled), 2)

    def test_precompiled_header_built_for_many_units_and_reused(self):
        inc = os.path.join(self.tmp, 'inc')
        os.makedirs(inc)
        with open(os.path.join(inc, 'pytrans.h'), 'w') as f:
            f.write('int a;\n')
        self.config['include_dirs'] = [inc]
        self.write('app.py', '')
        self.builder().build('app.py', cwd=self.proj)  # 2 units: no PCH built
        self.assertFalse(any('c++-header' in c for c in self.compiler_calls()))
        self.write('app.py', 'import m1, m2, m3\n')
        for n in ('m1', 'm2', 'm3'):
            self.write(n + '.py', '')
        self.builder().build('app.py', cwd=self.proj)
        calls = self.compiler_calls()
        pch = [c for c in calls if 'c++-header' in c]
        self.assertEqual(len(pch), 1)
        pch_dirs = [dp for dp, _, files in os.walk(self.cache.root) if 'pytrans.h.gch' in files]
        self.assertEqual(len(pch_dirs), 1)
        with open(os.path.join(pch_dirs[0], 'pytrans.h')) as f:
            self.assertIn('#include "%s/pytrans.h"' % inc, f.read())
        compiles = [c for c in calls if ' -c ' in c and 'c++-header' not in c]
        self.assertTrue(all('-I' + pch_dirs[0] in c for c in compiles[-4:]))
        # Another program with one new unit uses the existing PCH without rebuilding it.
        self.write('other.py', 'import m1\n')
        self.builder().build('other.py', cwd=self.proj)
        calls = self.compiler_calls()
        self.assertEqual(len([c for c in calls if 'c++-header' in c]), 1)
        self.assertIn('-I' + pch_dirs[0], [c for c in calls if ' -c ' in c][-1])

    def test_no_pch_env(self):
        inc = os.path.join(self.tmp, 'inc')
        os.makedirs(inc)
        open(os.path.join(inc, 'pytrans.h'), 'w').close()
        self.config['include_dirs'] = [inc]
        self.write('app.py', 'import m1, m2, m3\n')
        for n in ('m1', 'm2', 'm3'):
            self.write(n + '.py', '')
        os.environ['PYTRANS_NO_PCH'] = '1'
        self.addCleanup(os.environ.pop, 'PYTRANS_NO_PCH')
        self.builder().build('app.py', cwd=self.proj)
        self.assertFalse(any('c++-header' in c for c in self.compiler_calls()))

    def test_parallel_compile(self):
        names = ['m%d' % i for i in range(8)]
        self.write('app.py', ''.join('import %s\n' % n for n in names))
        for n in names:
            self.write(n + '.py', '')
        result = self.builder(jobs=4).build('app.py', cwd=self.proj)
        self.assertEqual(sorted(result.compiled), sorted(['app.py', '<main>'] + names))

    def test_compile_error_carries_location_and_source(self):
        self.write('app.py', 'import helper\n')
        self.write('helper.py', 'x = 1\nSYNTAX_ERROR\n')
        with self.assertRaises(CompileError) as cm:
            self.builder().build('app.py', cwd=self.proj)
        e = cm.exception
        self.assertEqual(e.format(e.source_lines),
                         'helper.py:2:1: error: invalid syntax\nSYNTAX_ERROR\n^')

    def test_cxx_failure_is_an_internal_error_naming_the_kept_file(self):
        self.write('app.py', 'BREAK_CXX = 1\n')
        with self.assertRaises(InternalError) as cm:
            self.builder().build('app.py', cwd=self.proj)
        text = cm.exception.format()
        self.assertIn('internal error', text)
        self.assertIn('error: broken', text)
        self.assertTrue(os.path.exists(cm.exception.cc_path))
        self.assertIn(cm.exception.cc_path, text)

    def test_stdin_program(self):
        self.write('helper.py', '')
        result = self.builder().build('-', cwd=self.proj, source=b'import helper\n')
        self.assertEqual([m.filename for m in result.modules], ['<stdin>', 'helper.py'])

    def test_keep_cpp(self):
        self.write('app.py', '')
        keep = os.path.join(self.tmp, 'kept')
        self.builder().build('app.py', cwd=self.proj, keep_cpp=keep)
        self.assertEqual(sorted(os.listdir(keep)), ['__main__.cc', '_main.cc'])

    def test_default_output(self):
        self.assertEqual(default_output('dir/app.py'), 'app')
        self.assertEqual(default_output('app'), 'app.out')
        self.assertEqual(default_output('-'), 'a.out')


if __name__ == '__main__':
    unittest.main()
