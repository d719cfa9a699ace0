# Basic file I/O in /tmp: write, read, readline(s), iteration, seek/tell, append mode.
import os
path = "/tmp/pytrans_compat_file_read_write_%d.txt" % os.getpid()
f = open(path, "w")
f.write("line one\n")
f.writelines(["line two\n", "line three"])
print f.closed, f.mode, f.name == path
f.close()
print f.closed
f = open(path)
print repr(f.readline()), repr(f.read(4)), f.tell()
f.seek(0)
print f.readlines()
f.seek(0)
for line in f:
    print repr(line)
f.close()
with open(path, "a") as g:
    g.write("\nappended")
with open(path, "rb") as h:
    data = h.read()
print repr(data), len(data)
os.remove(path)
print os.path.exists(path)
try:
    f.read()
except ValueError as e:
    print e
try:
    open(path)
except IOError as e:
    print e.errno, e.strerror
