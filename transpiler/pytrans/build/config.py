# SPDX-License-Identifier: Apache-2.0
"""Where things are: the repository, the runtime build configuration, stdlib.

The C++ side of a build (compiler, flags, include dirs, runtime and library
archives) is decided once, by CMake, when the runtime is built; CMake writes it
to build/pytrans_config.json:

    {"cxx": ..., "cxxflags": [...], "include_dirs": [...], "link_flags": [...],
     "libs": [...], "runtime_lib": path, "runtime_stamp": hash}

("runtime_stamp_file": path, a file holding the hash, may replace
"runtime_stamp".)

and every pytrans build reads it, so user programs are compiled exactly like
the runtime they link against. If the file or the library is missing, the
runtime is built first with `make -C <repo> runtime` (once, with a note on
stderr). PYTRANS_CONFIG points at another config file (tests use a fake one).
"""

import json
import os
import subprocess
import sys

REQUIRED_KEYS = ('cxx', 'cxxflags', 'include_dirs', 'link_flags', 'libs')


class SetupError(Exception):
    """pytrans itself cannot work here (no runtime, broken config)."""


def repo_root():
    # transpiler/pytrans/build/config.py -> repository root
    here = os.path.dirname(os.path.realpath(__file__))
    return os.path.dirname(os.path.dirname(os.path.dirname(here)))


def stdlib_dir(repo=None):
    return os.path.join(repo or repo_root(), 'stdlib')


def config_path(repo=None):
    env = os.environ.get('PYTRANS_CONFIG')
    if env:
        return os.path.abspath(env)
    return os.path.join(repo or repo_root(), 'build', 'pytrans_config.json')


def _read(path):
    try:
        with open(path) as f:
            config = json.load(f)
    except OSError:
        return None
    except ValueError as e:
        raise SetupError('%s: invalid JSON: %s' % (path, e))
    missing = [k for k in REQUIRED_KEYS if k not in config]
    if missing:
        raise SetupError('%s: missing keys: %s' % (path, ', '.join(missing)))
    lib = config.get('runtime_lib')
    if lib and not os.path.exists(lib):
        return None
    if not config.get('runtime_stamp'):
        config['runtime_stamp'] = _runtime_stamp(config)
    return config


def _runtime_stamp(config):
    """The runtime's identity when the config names a stamp file, not a stamp."""
    stamp_file = config.get('runtime_stamp_file')
    if stamp_file:
        try:
            with open(stamp_file) as f:
                return f.read().strip()
        except OSError:
            pass
    # No stamp: the library's size and mtime (a rebuilt runtime recompiles all).
    lib = config.get('runtime_lib')
    try:
        st = os.stat(lib)
        return '%s:%d:%d' % (lib, st.st_size, st.st_mtime_ns)
    except (OSError, TypeError):
        return ''


def load_config(repo=None, build_if_missing=True, log=None):
    """The runtime build configuration, building the runtime first if needed."""
    repo = repo or repo_root()
    path = config_path(repo)
    config = _read(path)
    if config is not None:
        return config
    if not build_if_missing or os.environ.get('PYTRANS_CONFIG'):
        raise SetupError('runtime configuration %s not found (build the runtime with '
                         '`make -C %s runtime`)' % (path, repo))
    log = log or sys.stderr
    log.write('pytrans: the runtime library is not built yet; running '
              '`make -C %s runtime` (once)...\n' % repo)
    log.flush()
    # The make output goes to stderr so that `pytrans run` keeps stdout clean.
    rc = subprocess.call(['make', '-C', repo, 'runtime'], stdout=sys.stderr.fileno())
    if rc != 0:
        raise SetupError('building the runtime failed (`make -C %s runtime` exited with %d)'
                         % (repo, rc))
    config = _read(path)
    if config is None:
        raise SetupError('`make -C %s runtime` succeeded but %s (or its runtime_lib) '
                         'is still missing' % (repo, path))
    return config


def snapshot_libs(config, dest_dir, repo=None):
    """A copy of ``config`` whose libraries built inside the repo are copied
    (with their mtimes) into ``dest_dir``.

    A long run of many builds (tools/run-compat, tools/bench) links against
    the snapshot, so a developer rebuilding the runtime meanwhile (which
    rewrites build/runtime/*.a in place) cannot make links fail half-way.
    System libraries are left alone.
    """
    import shutil
    import time
    repo = os.path.realpath(repo or repo_root())
    config = dict(config)
    libs = []
    for lib in config.get('libs', []):
        if lib.startswith('-') or not os.path.realpath(lib).startswith(repo + os.sep):
            libs.append(lib)
            continue
        dest = os.path.join(dest_dir, '%d-%s' % (len(libs), os.path.basename(lib)))
        for attempt in range(5):
            before = os.stat(lib)
            shutil.copy2(lib, dest)
            after = os.stat(lib)
            if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns):
                break
            time.sleep(1)  # being rewritten: try again
        # Same name as the original, so link cache keys do not change.
        final = os.path.join(dest_dir, str(len(libs)), os.path.basename(lib))
        os.makedirs(os.path.dirname(final), exist_ok=True)
        os.replace(dest, final)
        if lib == config.get('runtime_lib'):
            config['runtime_lib'] = final
        libs.append(final)
    config['libs'] = libs
    return config
