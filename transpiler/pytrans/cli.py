# SPDX-License-Identifier: Apache-2.0
"""The `pytrans` command line: build, run and emit.

    pytrans build app.py [-o OUT] [-I DIR]... [-j N] [--keep-cpp] [-v]
    pytrans run [-I DIR]... [-j N] [-v] app.py [ARGS...]     (or `run -` for stdin)
    pytrans emit [-I DIR]... app.py                          (C++ of the main module)
    pytrans app.py [ARGS...]                                 (short for `run`)
    pytrans cache [--prune | --clear]                        (where, how big)

`run` builds through the cache, then replaces itself with the program (exec),
so the exit status, signals and stdin are the program's own; argv[0] is the
script path exactly as given ('-' for stdin), which is what the runtime puts
in sys.argv[0], as CPython does.

Exit status of pytrans itself: 0 on success, 1 for an error in the user's
program (printed `file.py:LINE:COL: error: MSG` + line + caret) and for an
internal error (the C++ compiler rejected generated code: a pytrans bug), 2 for
usage or setup problems (bad arguments, runtime cannot be built).
"""

import argparse
import os
import sys

from pytrans.errors import CompileError

VERSION = '0.1.0'


def _add_common(p):
    p.add_argument('-I', dest='include', action='append', default=[], metavar='DIR',
                   help='also look for imported modules in DIR (after the script directory)')
    p.add_argument('--stdlib-path', action='append', default=[], metavar='DIR',
                   help='look for modules in DIR after pytrans\'s own stdlib (e.g. the '
                        'pure-Python modules of a CPython 2.7 installation)')
    p.add_argument('-j', '--jobs', type=int, default=None, metavar='N',
                   help='compile N translation units at once (default: number of cores)')
    p.add_argument('-v', '--verbose', action='store_true',
                   help='show what is emitted, compiled and linked, with the commands')


def make_parser():
    ap = argparse.ArgumentParser(
        prog='pytrans',
        description='Compile Python 2.7 programs ahead of time to static native executables.')
    ap.add_argument('--version', action='version', version='pytrans %s' % VERSION)
    sub = ap.add_subparsers(dest='command', metavar='COMMAND')
    sub.required = True

    p = sub.add_parser('build', help='compile a program to a native executable',
                       description='Compile SCRIPT and every module it imports into one '
                                   'static executable (default ./SCRIPT-without-.py).')
    p.add_argument('script', metavar='SCRIPT', help="the program's main file ('-': stdin)")
    p.add_argument('-o', dest='output', metavar='OUT', help='write the executable to OUT')
    p.add_argument('--keep-cpp', action='store_true',
                   help='also write the generated C++ (one .cc per module) to OUT.cpp/')
    _add_common(p)

    p = sub.add_parser('run', help='build (cached) and run a program',
                       description='Build SCRIPT (cached) and run it with ARGS.')
    _add_common(p)
    p.add_argument('script', metavar='SCRIPT', help="the program's main file ('-': stdin)")
    p.add_argument('args', nargs=argparse.REMAINDER, metavar='ARGS',
                   help='arguments passed to the program (sys.argv[1:])')

    p = sub.add_parser('emit', help="print the C++ of a program's main module")
    p.add_argument('script', metavar='SCRIPT', help="the program's main file ('-': stdin)")
    _add_common(p)

    p = sub.add_parser('cache', help='show the build cache (or --prune / --clear it)',
                       description='Show where the build cache is and its size. It is kept '
                                   'under $PYTRANS_CACHE_SIZE (default 2G) automatically.')
    p.add_argument('--prune', action='store_true', help='evict old entries down to the cap now')
    p.add_argument('--clear', action='store_true', help='delete everything pytrans cached')
    return ap


COMMANDS = ('build', 'run', 'emit', 'cache')


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    # `pytrans app.py args...` is short for `pytrans run app.py args...`.
    if argv and (argv[0].endswith('.py') or argv[0] == '-') and argv[0] not in COMMANDS:
        argv.insert(0, 'run')
    args = make_parser().parse_args(argv)
    from pytrans.build import Builder, InternalError, SetupError
    if args.command == 'cache':
        return _cache(args)
    source = None
    if args.script == '-':
        source = sys.stdin.buffer.read()
    elif not os.path.isfile(args.script):
        sys.stderr.write("pytrans: error: can't open file '%s': No such file or directory\n"
                         % args.script)
        return 2
    try:
        if args.command == 'emit':
            return _emit(args, source)
        builder = Builder(jobs=args.jobs, verbose=args.verbose)
        if args.command == 'build':
            return _build(builder, args, source)
        return _run(builder, args, source)
    except CompileError as e:
        sys.stderr.write(e.format(getattr(e, 'source_lines', None)) + '\n')
        return 1
    except InternalError as e:
        sys.stderr.write(e.format() + '\n')
        return 1
    except SetupError as e:
        sys.stderr.write('pytrans: error: %s\n' % e)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:
        # A crash of the front end: a pytrans bug. Keep the traceback for the report.
        import traceback
        traceback.print_exc()
        where = getattr(sys.exc_info()[1], 'pytrans_file', None)
        sys.stderr.write('pytrans: internal error (a bug in pytrans)%s; the traceback '
                         'above shows where\n' % (' while compiling ' + where if where else ''))
        return 1


def _build(builder, args, source):
    from pytrans.build import default_output
    out = args.output or default_output(args.script)
    if os.path.isdir(out):
        out = os.path.join(out, default_output(args.script))
    keep = out + '.cpp' if args.keep_cpp else None
    builder.build(args.script, out=out, include_dirs=args.include, source=source,
                  keep_cpp=keep, stdlib_paths=args.stdlib_path)
    return 0


def _run(builder, args, source):
    result = builder.build(args.script, include_dirs=args.include, source=source,
                           stdlib_paths=args.stdlib_path)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(result.exe, [args.script] + list(args.args))


def _emit(args, source):
    from pytrans.build import Builder
    # Emitting needs no compiler configuration: no runtime build is triggered.
    builder = Builder(config={}, verbose=args.verbose)
    sys.stdout.write(builder.emit_source(args.script, source=source))
    return 0


def _cache(args):
    from pytrans.build.cache import Cache, size_limit
    cache = Cache()
    if args.clear:
        cache.clear()
    elif args.prune:
        cache.prune()
    total, entries = cache.usage()
    print('%s: %.1f MB in %d files (cap %.0f MB, $PYTRANS_CACHE_SIZE)'
          % (cache.root, total / 1e6, len(entries), size_limit() / 1e6))
    return 0
