# __name__ == '__main__' holds only for the script; an imported module's guard does not run.
import main_guard_helper
print "script __name__:", __name__
print "helper __name__:", main_guard_helper.__name__
if __name__ == "__main__":
    print "script guard ran"
