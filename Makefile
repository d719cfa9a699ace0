# SPDX-License-Identifier: Apache-2.0
# Thin wrapper over CMake/ctest.  make | make run | make test | make bench
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all runtime deps run test bench clean precommit

all: runtime

deps:
	@tools/install-deps --check 2>/dev/null || tools/install-deps

$(BUILD)/build.ninja: CMakeLists.txt | deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null

runtime: deps $(BUILD)/build.ninja
	@ninja -C $(BUILD) -j $(JOBS) --quiet
	@test -f $(BUILD)/runtime/libpytrans_rt.a

# With a program on stdin (echo 'print 1' | make run) run that, else the demo.
run: runtime
	@if [ -t 0 ]; then ./pytrans run examples/demo.py; \
	else tmp=$$(mktemp /tmp/pytrans-stdin-XXXXXX.py); cat > $$tmp; \
	  if [ -s $$tmp ]; then ./pytrans run - < $$tmp; rc=$$?; else ./pytrans run examples/demo.py; rc=$$?; fi; \
	  rm -f $$tmp; exit $$rc; fi

test: runtime
	@cd $(BUILD) && if ctest --output-on-failure -j 2; then echo "make test: PASS"; else echo "make test: FAIL"; exit 1; fi

bench: runtime
	@tools/bench

precommit: test

clean:
	rm -rf $(BUILD)
