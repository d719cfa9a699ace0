# SPDX-License-Identifier: Apache-2.0
"""`python3 -m pytrans ...` (what the ./pytrans launcher runs)."""

import sys

from pytrans.cli import main

if __name__ == '__main__':
    sys.exit(main())
