# SPDX-License-Identifier: Apache-2.0
"""A stand-in front end so the driver and CLI can be tested without the real
emitter and runtime.

parse() uses pytrans's 2.7 parser when it is importable, else Python 3's ast
(test programs are valid in both). A source containing the line
`#stub-error L:C msg` raises CompileError there, like a real syntax error;
one containing `#stub-crash` raises RuntimeError (a front-end bug).
emit_module() emits a C++ function per module; emit_main() a main() that
prints, one per line: `module NAME FILENAME package?` for every module, then
`argv ARG` for every argument, and exits with the status in $STUB_EXIT (or 0).
Plain C++17, no runtime: links with just `g++ -static`.

Use it with PYTRANS_FRONTEND=stub_frontend:StubFrontend (tests/cli on
PYTHONPATH) and a config from fake_config().
"""

import ast
import json
import os
import re

from pytrans.errors import CompileError

try:
    from pytrans.parse import parse as _parse27
except ImportError:
    _parse27 = None


def _cxx_str(s):
    return '"' + ''.join(c if c.isalnum() or c in ' ._-/<>' else '\\x%02x""' % ord(c)
                         for c in s) + '"'


def _ident(modname):
    return 'mod_' + re.sub(r'[^A-Za-z0-9]', '_', modname)


class StubFrontend(object):
    version = 'stub-1'

    def __init__(self):
        self.parsed = []

    def parse(self, source, filename):
        self.parsed.append(filename)
        text = source.decode('utf-8')
        m = re.search(r'^#stub-error (\d+):(\d+) (.*)$', text, re.M)
        if m:
            raise CompileError(filename, int(m.group(1)), int(m.group(2)), m.group(3))
        if '#stub-crash' in text:
            raise RuntimeError('stub front end crashed on purpose')
        if _parse27 is not None:
            return _parse27(source, filename)
        return ast.parse(text, filename)

    def emit_module(self, tree, modname, filename, source, is_package):
        return ('// module %s from %s\n#include <cstdio>\nvoid %s() { std::printf("module %%s %%s %%d\\n", %s, %s, %d); }\n'
                % (modname, filename, _ident(modname), _cxx_str(modname), _cxx_str(filename),
                   int(is_package)))

    def emit_main(self, main_modname, modules):
        decls = ''.join('void %s();\n' % _ident(m) for m, _, _ in modules)
        calls = ''.join('  %s();\n' % _ident(m) for m, _, _ in modules)
        return ('#include <cstdio>\n#include <cstdlib>\n%s'
                'int main(int argc, char** argv) {\n%s'
                '  for (int i = 0; i < argc; i++) std::printf("argv %%s\\n", argv[i]);\n'
                '  const char* e = std::getenv("STUB_EXIT");\n'
                '  return e ? std::atoi(e) : 0;\n}\n' % (decls, calls))


def fake_config(directory, cxx='g++'):
    """Write a pytrans_config.json for plain g++ into ``directory``; return its path."""
    config = {'cxx': cxx, 'cxxflags': ['-O0', '-std=c++17'], 'include_dirs': [],
              'link_flags': [], 'libs': [], 'runtime_lib': '', 'runtime_stamp': 'stub'}
    path = os.path.join(directory, 'pytrans_config.json')
    with open(path, 'w') as f:
        json.dump(config, f)
    return path
