if x:
	if y:
		pass
        	pass
if x:
        pass
	pass

if 1:
    	x
	y
x = 1 + \
    2
y = [1,
# comment

     2]
z = 3
if 1:
  # c

  pass
