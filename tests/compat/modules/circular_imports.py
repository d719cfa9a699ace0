# Circular imports: a partially initialised module is visible to the importer.
import circular_imports_a
print circular_imports_a.A_DONE, circular_imports_a.b_sees_a
import circular_imports_b
print circular_imports_b.B_VALUE, circular_imports_b.call_a()
