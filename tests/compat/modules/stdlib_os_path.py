# os.path string functions (no file system access beyond /tmp and /).
import os.path
import os
print os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.join("a", "/root2", "y")
print os.path.split("/a/b/c.txt"), os.path.splitext("archive.tar.gz"), os.path.basename("/x/y/"), os.path.dirname("/x/y/z")
print os.path.normpath("a//b/../c/./d"), os.path.isabs("/a"), os.path.isabs("a"), os.path.relpath("/a/b/c", "/a")
print os.path.exists("/"), os.path.isdir("/tmp"), os.path.isfile("/nonexistent"), os.path.expanduser("~x") == "~x"
print os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.path.commonprefix(["/usr/lib", "/usr/local"])
print os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.name
