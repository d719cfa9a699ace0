# NameError at module level says "name ... is not defined".
x = 1
print x
print y
