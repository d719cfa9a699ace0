# sys.exit(2L): a long status works.
import sys
sys.exit(2L)
