# sys.exit with a float prints it and exits with status 1.
import sys
sys.exit(1.5)
