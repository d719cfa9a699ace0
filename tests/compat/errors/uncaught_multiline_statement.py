# The reported line advances to the sub-expression being evaluated in a multi-line statement.
def value():
    return 1
total = (value() +
         value() +
         undefined_name +
         value())
