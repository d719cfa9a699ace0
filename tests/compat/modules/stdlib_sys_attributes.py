# sys module attributes a program commonly reads (facts section 4).
import sys
print sys.maxint, sys.maxsize, -sys.maxint - 1, sys.getrecursionlimit(), sys.float_info.dig
print sys.maxunicode, sys.byteorder, sys.getdefaultencoding(), sys.stdout.encoding, sys.argv
print sys.version_info[:2], sys.version_info.major, sys.hexversion >> 16, sys.platform.startswith("linux")
print sys.float_info.max, sys.float_info.epsilon, sys.float_info.min, sys.long_info.bits_per_digit in (15, 30)
print type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__
print sys.flags.division_warning, sys.flags.optimize, sys.exc_info(), sys.getcheckinterval()
print hasattr(sys, "setdefaultencoding"), sys.subversion[0], sys.api_version
