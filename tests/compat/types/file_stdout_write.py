# sys.stdout.write/writelines and their interaction with print's softspace.
import sys
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.stdout.writelines(["c", "d", "\n"])
print 'x',
sys.stdout.write('y\n')
print 'z'
print 'q',
sys.stdout.write('')
print 'r'
print 'p',
print
print 'v\t',
print 'w'
print 't',
print >>sys.stderr, 'err',
print 'u'
print >>sys.stderr, 'done'
sys.stderr.write("direct\n")
print sys.stdout.softspace, sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode
print sys.stdout.encoding, sys.stdout.closed, sys.stdout.isatty()
try:
    sys.stdout.write(5)
except TypeError as e:
    print e
