# A module body runs once; later imports reuse sys.modules; reload() runs it again.
import sys
import module_executes_once_helper
import module_executes_once_helper as again
from module_executes_once_helper import runs
print runs, again is module_executes_once_helper, "module_executes_once_helper" in sys.modules
module_executes_once_helper.runs = 100
reload(module_executes_once_helper)
print module_executes_once_helper.runs
