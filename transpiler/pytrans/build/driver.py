# SPDX-License-Identifier: Apache-2.0
"""The build driver: Python program in, static native executable out.

One build goes through four steps, each skipped when its result is cached
(see cache.py for the keys):

 1. discovery + emission: starting from the script, parse and emit each
    module, and follow its imports (analyze/imports.py gives the candidate
    names, modules.SearchPath finds their files; names with no file are
    skipped, the runtime raises ImportError if such an import ever executes);
 2. the main translation unit (emit_main), which registers every module;
 3. compilation of each translation unit to an object file, in parallel
    (-j), through ccache when it is installed;
 4. one static link against the runtime (flags from build/pytrans_config.json).

So an unchanged program rebuilds without running the parser, the emitter or
any C++ compiler, and editing one module recompiles one file.

Errors: a CompileError from the parser or emitter propagates with
``source_lines`` attached so the CLI can show the line and a caret; a failing
C++ compiler or linker is a pytrans bug and raises InternalError, naming the
kept .cc file. The front end (parser + emitter) is pluggable so tests can run
the driver with a stub.
"""

import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from pytrans.analyze.imports import imported_modules
from pytrans.build import cache as cache_mod
from pytrans.build.config import load_config, repo_root, stdlib_dir
from pytrans.build.modules import SearchPath
from pytrans.errors import CompileError

MAIN = '__main__'
# Build a precompiled runtime header when at least this many units need
# compiling (a PCH costs about two compiles and saves ~2/3 of each).
PCH_MIN_UNITS = 4


class InternalError(Exception):
    """The C++ compiler or linker rejected generated code: a pytrans bug."""

    def __init__(self, what, cmd, output, cc_path=None, hint=None):
        Exception.__init__(self, what)
        self.what = what
        self.cmd = cmd
        self.output = output
        self.cc_path = cc_path
        self.hint = hint  # replaces "this is a bug" when the cause is known

    def format(self, max_lines=15):
        lines = self.output.splitlines()
        errors = [l for l in lines if 'error' in l or 'undefined reference' in l
                  or 'multiple definition' in l]
        if len(lines) <= max_lines:
            excerpt = lines
        else:
            excerpt = errors[:max_lines] if errors else lines[:max_lines]
        out = ['pytrans: internal error: %s' % self.what,
               (self.hint or 'This is a bug in pytrans, not in your program.')
               + ' The C++ compiler said:']
        out += ['  ' + l for l in excerpt]
        if len(lines) > len(excerpt):
            out.append('  ... (%d lines in all)' % len(lines))
        if self.cc_path:
            out.append('generated C++ kept at: %s' % self.cc_path)
        out.append('command: %s' % ' '.join(self.cmd))
        return '\n'.join(out)


class Frontend(object):
    """The real parser and emitter, imported on first use."""

    def __init__(self):
        self._version = None

    def parse(self, source, filename):
        # Read the file as `python2.7 app.py` / import would (file mode:
        # encodings, "Non-ASCII character" errors), then report the errors
        # 2.7 raises at compile time ('return' outside function, ...).
        from pytrans.parse import parse, check_compile_errors
        tree = parse(source, filename, file_mode=True)
        check_compile_errors(tree, filename)
        return tree

    def emit_module(self, tree, modname, filename, source, is_package):
        from pytrans.emit import emit_module
        return emit_module(tree, modname, filename, source, is_package)

    def emit_main(self, main_modname, modules):
        from pytrans.emit import emit_main
        return emit_main(main_modname, modules)

    @property
    def version(self):
        """Hash of the front end's own sources: a changed emitter re-emits everything."""
        if self._version is None:
            root = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
            parts = []
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if d not in ('build', '__pycache__'))
                for name in sorted(filenames):
                    if name.endswith('.py') and not name.endswith('_test.py'):
                        path = os.path.join(dirpath, name)
                        with open(path, 'rb') as f:
                            parts.append(os.path.relpath(path, root))
                            parts.append(f.read())
            self._version = cache_mod.hash_parts(*parts)
        return self._version


def default_frontend():
    """The real front end, or PYTRANS_FRONTEND=module:factory (a test hook)."""
    spec = os.environ.get('PYTRANS_FRONTEND')
    if not spec:
        return Frontend()
    import importlib
    modname, _, attr = spec.partition(':')
    return getattr(importlib.import_module(modname), attr or 'Frontend')()


class Module(object):
    def __init__(self, name, filename, path, is_package, source):
        self.name = name
        self.filename = filename
        self.path = path
        self.is_package = is_package
        self.source = source
        self.cc_hash = None
        self.imports = []
        self.emitted = False  # False when the emit cache was hit


class BuildResult(object):
    def __init__(self):
        self.exe = None         # the executable in the cache
        self.out = None         # the copy at -o, if any
        self.modules = []       # Module, main first
        self.compiled = []      # labels of translation units compiled this time
        self.emitted = []       # module names parsed + emitted this time
        self.linked = False     # False when the link was a cache hit
        self.phases = {}        # seconds per step
        self.seconds = 0.0


class Builder(object):
    def __init__(self, config=None, cache=None, jobs=None, verbose=False, log=None,
                 frontend=None, use_ccache=None, repo=None, prune=True):
        self.log = log or sys.stderr
        self.config = config if config is not None else load_config(repo, log=self.log)
        self.cache = cache if isinstance(cache, cache_mod.Cache) else cache_mod.Cache(cache)
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.verbose = verbose
        self.frontend = frontend or default_frontend()
        self.repo = repo or repo_root()
        self.stdlib = stdlib_dir(repo)
        if use_ccache is None:
            use_ccache = not os.environ.get('PYTRANS_NO_CCACHE')
        self.ccache = shutil.which('ccache') if use_ccache else None
        self._log_lock = threading.Lock()
        self._compiler_id = None
        self._headers_id = None
        self.prune = prune  # keep the cache under its size cap (cache.py)
        self._pch_state = None  # None: not looked up yet; '': none; else the directory
        self._pch = None

    # ---- public ----
    def build(self, script, out=None, include_dirs=(), cwd=None, source=None, keep_cpp=None,
              stdlib_paths=()):
        """Build ``script`` (a path as the user gave it, or '-' with ``source``).

        Modules are searched in the script's directory, ``include_dirs``, the
        repo's stdlib/, then ``stdlib_paths`` (e.g. a CPython 2.7 Lib/).

        Returns a BuildResult; raises CompileError or InternalError.
        """
        start = time.time()
        cwd = os.path.abspath(cwd or os.getcwd())
        result = BuildResult()
        modules = self._discover(script, include_dirs, cwd, source, result, stdlib_paths)
        result.modules = modules
        t_emit = time.time()

        main_list = [(m.name, m.filename, m.is_package) for m in modules]
        main_key = cache_mod.hash_parts(self.frontend.version, 'main-tu', MAIN, main_list)
        record = self.cache.get_emit(main_key)
        if record is None:
            cc = self.frontend.emit_main(MAIN, main_list)
            record = self.cache.put_emit(main_key, cc, [])
        units = [(m.filename if m.name == MAIN else m.name, m.cc_hash) for m in modules]
        units.append(('<main>', record['cc']))

        if keep_cpp:
            self._keep_cpp(keep_cpp, modules, record['cc'])

        t_compile = time.time()
        objects = self._compile_all(units, result)
        t_link = time.time()
        result.exe = self._link(objects, out or script, result)
        t_done = time.time()
        result.phases = {'discover+emit': t_emit - start, 'compile': t_link - t_compile,
                         'link': t_done - t_link}
        if out:
            self._install(result.exe, os.path.join(cwd, out))
            result.out = out
        if result.linked and self.prune:
            try:
                pruned = self.cache.maybe_prune()
            except OSError:
                pruned = None
            if pruned and pruned[0] != pruned[1] and self.verbose:
                self._say('pytrans: cache %s: %.0f MB, pruned to %.0f MB'
                          % (self.cache.root, pruned[0] / 1e6, pruned[1] / 1e6))
        result.seconds = time.time() - start
        if self.verbose:
            self._say('pytrans: %d modules (%d emitted), %d of %d units compiled, link %s, %.2fs'
                      ' (%s)' % (len(modules), len(result.emitted), len(result.compiled),
                                 len(units), 'done' if result.linked else 'cached',
                                 result.seconds, ', '.join('%s %.2fs' % kv
                                                           for kv in result.phases.items())))
        return result

    def emit_source(self, script, cwd=None, source=None):
        """The C++ text of the main module (for `pytrans emit`), uncached."""
        cwd = os.path.abspath(cwd or os.getcwd())
        filename, path, source = self._main_source(script, cwd, source)
        tree = self._parse(source, filename)
        try:
            return self.frontend.emit_module(tree, MAIN, filename, source, False)
        except CompileError as e:
            _attach_source(e, source)
            raise

    # ---- discovery + emission ----
    def _main_source(self, script, cwd, source):
        if script == '-':
            return '<stdin>', None, source if source is not None else sys.stdin.buffer.read()
        path = os.path.join(cwd, script)
        if source is None:
            with open(path, 'rb') as f:
                source = f.read()
        return script, path, source

    def _discover(self, script, include_dirs, cwd, source, result, stdlib_paths=()):
        filename, path, source = self._main_source(script, cwd, source)
        script_dir = '' if script == '-' else os.path.dirname(script)
        entries = [script_dir] + list(include_dirs)
        if os.path.isdir(self.stdlib):
            entries.append(self.stdlib)
        entries += list(stdlib_paths)
        search = SearchPath(entries, cwd)

        main = Module(MAIN, filename, path, False, source)
        modules = [main]
        queue = [main]
        seen = {MAIN}
        while queue:
            mod = queue.pop(0)
            self._emit(mod, result)
            for name in mod.imports:
                if name in seen:
                    continue
                seen.add(name)
                found = search.find(name)
                if found is None:
                    continue
                with open(found.path, 'rb') as f:
                    src = f.read()
                m = Module(name, found.filename, found.path, found.is_package, src)
                modules.append(m)
                queue.append(m)
        return modules

    def _emit(self, mod, result):
        key = cache_mod.hash_parts(self.frontend.version, 'module', mod.name, mod.filename,
                                   mod.is_package, mod.source)
        record = self.cache.get_emit(key)
        if record is None:
            tree = self._parse(mod.source, mod.filename)
            try:
                cc = self.frontend.emit_module(tree, mod.name, mod.filename, mod.source,
                                               mod.is_package)
            except CompileError as e:
                _attach_source(e, mod.source)
                raise
            except Exception as e:
                e.pytrans_file = mod.filename
                raise
            imports = imported_modules(tree, mod.name, mod.is_package)
            record = self.cache.put_emit(key, cc, imports)
            result.emitted.append(mod.name)
            if self.verbose:
                self._say('emitted %s (%s)' % (mod.name, mod.filename))
        mod.cc_hash = record['cc']
        mod.imports = record['imports']

    def _parse(self, source, filename):
        try:
            return self.frontend.parse(source, filename)
        except CompileError as e:
            _attach_source(e, source)
            raise
        except Exception as e:
            e.pytrans_file = filename
            raise

    # ---- compilation ----
    def compiler_id(self):
        """What identifies the compiler: its resolved path, size and mtime."""
        if self._compiler_id is None:
            cxx = self.config['cxx']
            exe = shutil.which(cxx) or cxx
            try:
                real = os.path.realpath(exe)
                st = os.stat(real)
                self._compiler_id = [cxx, real, st.st_size, st.st_mtime_ns]
            except OSError:
                self._compiler_id = [cxx]
        return self._compiler_id

    def _walked_include_dirs(self):
        """Include dirs whose headers we stat: the repo's own (runtime/), never
        system directories such as /usr/include (thousands of files; the
        compiler identity stands for those)."""
        root = os.path.realpath(self.repo) + os.sep
        return [d for d in self.config.get('include_dirs', [])
                if (os.path.realpath(d) + os.sep).startswith(root)]

    def headers_id(self):
        """Identity (path, size, mtime) of every header under the include dirs.

        The runtime stamp changes when the library does; this also catches a
        header edit that leaves the library alone (an inline function, a macro),
        which would otherwise reuse stale objects. Stat only: a few ms.
        """
        if self._headers_id is None:
            ids = []
            for d in self._walked_include_dirs():
                for dirpath, dirnames, filenames in os.walk(d):
                    dirnames.sort()
                    for name in sorted(filenames):
                        if name.endswith(('.h', '.hpp', '.hh', '.inc')):
                            path = os.path.join(dirpath, name)
                            try:
                                st = os.stat(path)
                            except OSError:
                                continue
                            ids.append([path, st.st_size, st.st_mtime_ns])
            self._headers_id = cache_mod.hash_parts(ids)
        return self._headers_id

    def _obj_key(self, cc_hash):
        # An object depends on its C++, the compiler and flags, and the runtime
        # headers it includes; not on the runtime's .cc files. So the runtime
        # stamp is left out on purpose: rebuilding the runtime after editing a
        # .cc file relinks every program but recompiles none.
        c = self.config
        return cache_mod.hash_parts('obj', cc_hash, self.compiler_id(), c['cxxflags'],
                                    c['include_dirs'], self.headers_id())

    def pch_dir(self, build=True):
        """A directory holding pytrans.h.gch, a precompiled runtime header, or None.

        Parsing pytrans.h is most of the time of compiling a small module
        (measured: 0.82 s -> 0.25 s per translation unit with the PCH). The PCH
        lives in the cache under a key of compiler, flags and header identity;
        the directory also holds a pytrans.h that includes the real one, so
        when GCC cannot use the .gch (or it was evicted) it reads the header
        as usual: the PCH only ever makes compiles faster, never different.
        Built on demand when ``build`` (several units to compile, or
        run-compat/bench asking up front); PYTRANS_NO_PCH=1 disables it.
        """
        if self._pch_state is not None:
            return self._pch_state or None
        if os.environ.get('PYTRANS_NO_PCH'):
            self._pch_state = ''
            return None
        header = None
        for d in self.config.get('include_dirs', []):
            if os.path.isfile(os.path.join(d, 'pytrans.h')):
                header = os.path.abspath(os.path.join(d, 'pytrans.h'))
                break
        if header is None:
            self._pch_state = ''
            return None
        c = self.config
        # The runtime stamp too, as a second guard besides the header identity.
        key = cache_mod.hash_parts('pch', self.compiler_id(), c['cxxflags'], c['include_dirs'],
                                   self.headers_id(), c.get('runtime_stamp', ''))
        final = self.cache.pch_path(key)
        gch = os.path.join(final, 'pytrans.h.gch')
        if os.path.exists(gch):
            self.cache.touch(gch)
            self._pch_state = final
            return final
        if not build:
            return None
        parent = os.path.dirname(final)
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=parent, prefix='.tmp-')
        with open(os.path.join(tmp, 'pytrans.h'), 'w') as f:
            f.write('// Stand-in for the runtime header; see build/driver.py pch_dir().\n'
                    '#include "%s"\n' % header)
        cmd = [c['cxx']] + list(c['cxxflags']) + ['-I' + d for d in c['include_dirs']]
        cmd += ['-x', 'c++-header', os.path.join(tmp, 'pytrans.h'), '-o',
                os.path.join(tmp, 'pytrans.h.gch')]
        self.log.write('precompiling the runtime header (once per runtime version)\n')
        self.log.flush()
        if self.verbose:
            self._say(' '.join(cmd))
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if proc.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            if self.verbose:
                self._say('pytrans: precompiling pytrans.h failed, compiling without it:\n'
                          + proc.stdout.decode('utf-8', 'replace')[:2000])
            self._pch_state = ''
            return None
        try:
            os.rename(tmp, final)
        except OSError:  # another build got there first
            shutil.rmtree(tmp, ignore_errors=True)
        self._pch_state = final
        return final

    def _compile_all(self, units, result):
        todo = []
        objects = []
        for label, cc_hash in units:
            key = self._obj_key(cc_hash)
            obj = self.cache.obj_path(key)
            objects.append((key, obj))
            if os.path.exists(obj):
                self.cache.touch(obj)
            elif obj not in [t[2] for t in todo]:
                todo.append((label, cc_hash, obj))
        if not todo:
            return objects
        self._pch = self.pch_dir(build=len(todo) >= PCH_MIN_UNITS)
        counter = [0]

        def compile_one(item):
            label, cc_hash, obj = item
            with self._log_lock:
                counter[0] += 1
                self.log.write('[%d/%d] compiling %s\n' % (counter[0], len(todo), label))
                self.log.flush()
            self._compile(label, self.cache.src_path(cc_hash), obj)
            return label

        if len(todo) == 1 or self.jobs == 1:
            for item in todo:
                result.compiled.append(compile_one(item))
        else:
            with concurrent.futures.ThreadPoolExecutor(min(self.jobs, len(todo))) as pool:
                futures = [pool.submit(compile_one, item) for item in todo]
                error = None
                for f in futures:
                    try:
                        result.compiled.append(f.result())
                    except InternalError as e:
                        error = error or e
                if error:
                    raise error
        return objects

    def _compile(self, label, cc_path, obj):
        c = self.config
        tmp = cache_mod.temp_path_for(obj)
        cmd = ([self.ccache] if self.ccache else []) + [c['cxx']] + list(c['cxxflags'])
        env = None
        if self._pch:
            cmd.append('-I' + self._pch)
            # ccache caches PCH users only with this sloppiness (see its manual).
            env = dict(os.environ)
            sloppy = [x for x in env.get('CCACHE_SLOPPINESS', '').split(',') if x]
            env['CCACHE_SLOPPINESS'] = ','.join(sloppy + ['pch_defines', 'time_macros'])
        cmd += ['-I' + d for d in c['include_dirs']]
        cmd += ['-c', cc_path, '-o', tmp]
        if self.verbose:
            self._say(' '.join(cmd))
        try:
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        except OSError as e:
            cache_mod._unlink_quietly(tmp)
            raise InternalError('cannot run the C++ compiler for %s: %s' % (label, e), cmd, '',
                                cc_path)
        if proc.returncode != 0:
            cache_mod._unlink_quietly(tmp)
            raise InternalError('the C++ compiler failed on the code generated for %s' % label,
                                cmd, proc.stdout.decode('utf-8', 'replace'), cc_path)
        os.replace(tmp, obj)

    # ---- linking ----
    def _lib_ids(self):
        ids = []
        for lib in self.config['libs']:
            if lib.startswith('-'):
                ids.append(lib)
                continue
            # By name, size and mtime, not path: a snapshot of the libraries
            # (config.snapshot_libs, copied with their mtimes) links the same.
            try:
                st = os.stat(lib)
                ids.append([os.path.basename(lib), st.st_size, st.st_mtime_ns])
            except OSError:
                ids.append([lib])
        return ids

    def _link(self, objects, name, result):
        c = self.config
        key = cache_mod.hash_parts('bin', [k for k, _ in objects], self.compiler_id(),
                                   c['link_flags'], self._lib_ids(), c.get('runtime_stamp', ''))
        exe = self.cache.bin_path(key)
        if os.path.exists(exe):
            self.cache.touch(exe)
            return exe
        tmp = cache_mod.temp_path_for(exe)
        cmd = [c['cxx']] + list(c['link_flags'])
        if '-static' not in cmd:
            cmd.append('-static')
        cmd += ['-o', tmp] + [o for _, o in objects] + list(c['libs'])
        self.log.write('linking %s\n' % _exe_name(name))
        self.log.flush()
        if self.verbose:
            self._say(' '.join(cmd))
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if proc.returncode != 0:
            cache_mod._unlink_quietly(tmp)
            stale = self._stale_runtime()
            hint = None
            if stale:
                hint = ('Probably because the runtime library is older than its headers (%s '
                        'is newer than %s): rebuild it with `make runtime` and try again.'
                        % (stale, self.config.get('runtime_lib')))
            raise InternalError('linking %s failed' % _exe_name(name), cmd,
                                proc.stdout.decode('utf-8', 'replace'), hint=hint)
        os.chmod(tmp, 0o755)
        os.replace(tmp, exe)
        result.linked = True
        return exe

    def _stale_runtime(self):
        """The newest runtime header if it is newer than the runtime library, else None."""
        lib = self.config.get('runtime_lib')
        try:
            lib_mtime = os.stat(lib).st_mtime
        except (OSError, TypeError):
            return None
        newest, newest_path = 0, None
        for d in self._walked_include_dirs():
            for dirpath, _, filenames in os.walk(d):
                for name in filenames:
                    if name.endswith(('.h', '.hpp', '.hh', '.inc')):
                        path = os.path.join(dirpath, name)
                        try:
                            m = os.stat(path).st_mtime
                        except OSError:
                            continue
                        if m > newest:
                            newest, newest_path = m, path
        return newest_path if newest > lib_mtime else None

    def _install(self, exe, out):
        out_dir = os.path.dirname(os.path.abspath(out))
        os.makedirs(out_dir, exist_ok=True)
        tmp = cache_mod.temp_path_for(os.path.abspath(out))
        try:
            shutil.copyfile(exe, tmp)
            os.chmod(tmp, 0o755)
            os.replace(tmp, out)
        except BaseException:
            cache_mod._unlink_quietly(tmp)
            raise

    def _keep_cpp(self, directory, modules, main_cc):
        os.makedirs(directory, exist_ok=True)
        for m in modules:
            shutil.copyfile(self.cache.src_path(m.cc_hash),
                            os.path.join(directory, m.name + '.cc'))
        shutil.copyfile(self.cache.src_path(main_cc), os.path.join(directory, '_main.cc'))
        self.log.write('pytrans: generated C++ written to %s/\n' % directory)

    def _say(self, msg):
        with self._log_lock:
            self.log.write(msg + '\n')
            self.log.flush()


def _exe_name(script):
    if script == '-':
        return '<stdin>'
    base = os.path.basename(script)
    return base[:-3] if base.endswith('.py') else base


def default_output(script):
    """`pytrans build app.py` writes ./app (`app` without .py: ./app.out, stdin: ./a.out)."""
    if script == '-':
        return 'a.out'
    base = os.path.basename(script)
    return base[:-3] if base.endswith('.py') and len(base) > 3 else base + '.out'


def _attach_source(error, source):
    if getattr(error, 'source_lines', None) is None:
        try:
            error.source_lines = source.decode('utf-8', 'replace').splitlines()
        except AttributeError:
            error.source_lines = None
