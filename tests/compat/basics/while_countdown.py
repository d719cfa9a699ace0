# while loops counting down, accumulating, and a digit-reversal loop.
n = 5
while n > 0:
    print n,
    n = n - 1
print "liftoff"
total = 0
i = 1
while i <= 100:
    total = total + i * i
    i = i + 1
print total
num = 123456789
rev = 0
while num > 0:
    rev = rev * 10 + num % 10
    num = num / 10
print rev
