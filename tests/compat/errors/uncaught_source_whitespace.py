# Traceback source lines drop leading whitespace but keep trailing whitespace.
def f():
	x = 1   
	return x / 0   
f()
