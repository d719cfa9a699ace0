# Module-level variables read from functions; locals shadow globals.
count = 10
name = "global"
def show():
    return count * 2
def shadow():
    name = "local"
    return name
print show(), shadow(), name
count = 20
print show()
