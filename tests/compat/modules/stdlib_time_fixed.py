# time module functions on fixed values (no dependence on the current time).
import time
t = time.gmtime(0)
print t, tuple(t), t.tm_year, t.tm_wday
print time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(1234567890))
print time.strptime("2001-02-03", "%Y-%m-%d")[:6], time.asctime(time.gmtime(86400 * 365))
print time.mktime(time.localtime(1000000)) == 1000000.0, type(time.time()).__name__, time.time() > 1.6e9
start = time.time()
time.sleep(0.01)
print time.time() - start >= 0.009, isinstance(time.clock(), float)
