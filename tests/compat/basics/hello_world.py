# Hello world: the simplest print statement.
print "Hello, world!"
