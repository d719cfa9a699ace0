# Module globals are shared state: functions see rebinding done from outside.
import module_globals_shared_helper as cfg
print cfg.describe()
cfg.LEVEL = "debug"
print cfg.describe()
cfg.set_level("trace")
print cfg.LEVEL, cfg.describe()
from module_globals_shared_helper import LEVEL
cfg.set_level("quiet")
print LEVEL, cfg.LEVEL
