# Thin front door: everything real lives in CMake. See README.md.
BUILD_DIR ?= build
PRESET    ?= dev
JOBS      ?= $(shell nproc)
RELEASE_DIR := build-release
CLI       := $(BUILD_DIR)/app/clustercanvas-cli
GUI       := $(BUILD_DIR)/app/clustercanvas
DEFAULT_TEMPLATE := templates/dgx-h100-training-pod.ccd

.PHONY: all setup configure build run test test-asan-core test-asan soak bench deb fuzz format clean

all: build

setup:
	@tools/bootstrap

$(BUILD_DIR)/build.ninja:
	@cmake --preset $(PRESET) >/dev/null

configure: setup $(BUILD_DIR)/build.ninja

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@tools/run-studio "$(BUILD_DIR)" "$(DEFAULT_TEMPLATE)"

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The sanitizer runs (preset `asan`, Debug): the core and CLI tests alone (CI), or everything.
ASAN_DIR := build-asan
$(ASAN_DIR)/build.ninja:
	@cmake --preset asan >/dev/null

test-asan-core: setup $(ASAN_DIR)/build.ninja
	@cmake --build $(ASAN_DIR) -j $(JOBS) --target core_tests cli_tests clustercanvas-cli
	@cd $(ASAN_DIR) && ctest --output-on-failure -j $(JOBS) -R '^(core:|cli_tests:|tests: every c(ore|li)_tests|tests: the count check|cli: )' -E '^cli: report'

test-asan: setup $(ASAN_DIR)/build.ninja
	@cmake --build $(ASAN_DIR) -j $(JOBS)
	@cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The full GUI soak: 20,000 seeded random operations under ASan (SOAK_OPS, SOAK_SEED to vary).
SOAK_OPS  ?= 20000
SOAK_SEED ?= 7
soak: setup $(ASAN_DIR)/build.ninja
	@cmake --build $(ASAN_DIR) -j $(JOBS) --target widgets_tests
	@cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen CC_SOAK_OPERATIONS=$(SOAK_OPS) CC_SOAK_SEED=$(SOAK_SEED) \
	  tests/widgets_tests "[soak-full]" --durations yes

bench: build
	@tools/run-benchmarks "$(BUILD_DIR)"

# A Release build (preset `release`) packaged by CPack; prints the .deb path.
deb: setup
	@cmake --preset release -DCC_BUILD_GUI=ON >/dev/null
	@cmake --build $(RELEASE_DIR) -j $(JOBS)
	@cd $(RELEASE_DIR) && { cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }; }
	@sed -n 's/^CPack: - package: \(.*\) generated\.$$/\1/p' $(RELEASE_DIR)/cpack.log

# libFuzzer targets (preset fuzz: clang, ASan + UBSan, no GUI) in their own build
# dir, each run for FUZZ_SECONDS; see fuzz/README.md. Not part of `make test`.
FUZZ_DIR     := build-fuzz
FUZZ_SECONDS ?= 60

# Only fuzzing needs clang and libFuzzer: `tools/bootstrap --fuzz` adds them.
$(FUZZ_DIR)/build.ninja:
	@cmake --preset fuzz >/dev/null

# clang-format (.clang-format) on every tracked C++ source; tools/bootstrap --format installs it.
format:
	@tools/bootstrap --format
	@git ls-files '*.cpp' '*.h' ':!tests/data' | xargs clang-format -i

fuzz:
	@tools/bootstrap --fuzz
	@$(MAKE) --no-print-directory $(FUZZ_DIR)/build.ninja
	@cmake --build $(FUZZ_DIR) --target fuzzers -j $(JOBS)
	@fuzz/run-fuzzers $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR)
