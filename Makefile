# Thin front door: everything real lives in CMake. See README.md.
BUILD_DIR ?= build
PRESET    ?= dev
JOBS      ?= $(shell nproc)
RELEASE_DIR := build-release
CLI       := $(BUILD_DIR)/app/clustercanvas-cli
GUI       := $(BUILD_DIR)/app/clustercanvas
DEFAULT_TEMPLATE := templates/dgx-h100-training-pod.ccd

.PHONY: all setup configure build run test bench deb fuzz clean

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

# Not in tools/bootstrap: only fuzzing needs clang (Debian: clang libclang-rt-14-dev).
$(FUZZ_DIR)/build.ninja:
	@command -v clang++ >/dev/null || { echo "make fuzz needs clang++ and libFuzzer: apt-get install clang libclang-rt-14-dev" >&2; exit 1; }
	@cmake --preset fuzz >/dev/null

fuzz: $(FUZZ_DIR)/build.ninja
	@cmake --build $(FUZZ_DIR) --target fuzzers -j $(JOBS)
	@fuzz/run-fuzzers $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR)
