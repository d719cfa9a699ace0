# unsupported operand type(s) message for an int and a str.
count = 3
label = "items"
print count + label
