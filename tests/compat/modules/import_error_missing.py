# ImportError for a missing module and for a missing name, caught and printed.
try:
    import no_such_module_anywhere
except ImportError as e:
    print "ImportError:", e
try:
    from import_error_missing_helper import missing_name
except ImportError as e:
    print "ImportError:", e
try:
    import import_error_missing_helper.not_a_package
except ImportError as e:
    print "ImportError:", e
try:
    from no_such_pkg.sub import thing
except ImportError as e:
    print "ImportError:", e
import import_error_missing_helper
print import_error_missing_helper.present
