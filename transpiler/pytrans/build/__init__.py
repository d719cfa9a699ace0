# SPDX-License-Identifier: Apache-2.0
"""Module discovery, the C++ compile/link driver and its cache.

Read driver.py first (the four steps of a build), then cache.py (what is
cached under which key), modules.py (how a module name finds its file) and
config.py (where the runtime's compiler flags come from). The CLI
(pytrans/cli.py), tools/run-compat and tools/bench all build through
``Builder``; tests: *_test.py here and tests/cli/.
"""

from pytrans.build.config import SetupError, load_config, repo_root
from pytrans.build.driver import Builder, BuildResult, InternalError, default_output

__all__ = ['Builder', 'BuildResult', 'InternalError', 'SetupError', 'default_output',
           'load_config', 'repo_root']
