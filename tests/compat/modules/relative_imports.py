# Explicit relative imports inside a package: from . / from .. / from .mod.
from relative_imports_pkg.inner import deep
print deep.result()
import relative_imports_pkg
print relative_imports_pkg.summary()
