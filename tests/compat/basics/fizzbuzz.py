# FizzBuzz from 1 to 30, with trailing commas to build lines.
for i in range(1, 31):
    if i % 15 == 0:
        print "FizzBuzz",
    elif i % 3 == 0:
        print "Fizz",
    elif i % 5 == 0:
        print "Buzz",
    else:
        print i,
    if i % 10 == 0:
        print
