# sys.exit(-1) exits with status 255.
import sys
sys.exit(-1)
