# Userland build: the Swift Runtime, the Swift programs, the C integration cases, the
# malformed-ELF corpus, the root filesystem tree, and the host run of the suite.
# Included by the top Makefile; also usable alone: `make -f Userland/userland.mk userland`.
# Every product goes under $(USERLAND_BUILD) (and the tree under $(BUILD)/rootfs); the
# sources are found with wildcards, so adding a program or a case needs no edit here:
#   Userland/Runtime/             module Runtime (_start, syscalls, allocator, printing)
#   Userland/<UpperCamel>/        other modules, linked into every program (not Tests, rootfs)
#   Userland/<lowercase>/         program  -> $(USERLAND_BUILD)/bin/<name>
#   Userland/Tests/<lowercase>/   Swift test program -> cases/swift.<name>
#   Tests/integration/c/<area>/<case>.c -> cases/<area>.<case>  (musl-gcc -static)
#   Tests/integration/elfcorpus/  host generator of malformed ELF files -> elf-corpus/
#   Tests/integration/interactive/<name>.c -> interactive/<name> (musl-gcc; they read the
#                                 console while apus-run --send types, so not in the suite)

BUILD          ?= build
USERLAND_BUILD ?= $(BUILD)/userland
SWIFTC         ?= swiftc
CLANG          ?= clang
LLD            ?= ld.lld
MUSL_CC        ?= musl-gcc
HOST_CC        ?= cc

UB := $(USERLAND_BUILD)
U_EMBEDDED_LIB := $(dir $(shell which $(SWIFTC)))../lib/swift/embedded/x86_64-unknown-none-elf

# ARCHITECTURE.md §3: the kernel's Embedded Swift flags minus the kernel-only ones (user
# space may use SSE and the red zone). No stack protector: no __stack_chk_guard to seed.
U_SWIFT_FLAGS := -enable-experimental-feature Embedded -target x86_64-unknown-none-elf \
    -wmo -parse-as-library -Osize -swift-version 5 -Xfrontend -disable-stack-protector \
    -I $(UB)/modules -I Userland/Runtime/include
U_C_FLAGS   := -target x86_64-unknown-none-elf -ffreestanding -fno-builtin -fpie -O2 \
    -Wall -Wextra -Werror -I Userland/Runtime/include
U_ASM_FLAGS := -target x86_64-unknown-none-elf -fpie
U_LD_FLAGS  := -static -nostdlib --gc-sections
MUSL_FLAGS  := -static -O2 -std=gnu11 -Wall -Wextra -Werror -Wno-unused-result \
    -I Tests/integration/c/include
HOST_C_FLAGS := -O2 -std=gnu11 -Wall -Wextra -Werror

# ---- sources (wildcards only) ----
U_ABI_SRC       := $(sort $(wildcard Kernel/ABI/*.swift))
U_RUNTIME_SWIFT := $(sort $(wildcard Userland/Runtime/*.swift))
U_RUNTIME_C     := $(sort $(wildcard Userland/Runtime/*.c))
U_RUNTIME_ASM   := $(sort $(wildcard Userland/Runtime/*.S))
U_RUNTIME_HDR   := $(wildcard Userland/Runtime/include/*)
U_MODULES   := $(filter-out Runtime Tests rootfs,$(notdir $(patsubst %/,%,$(sort $(dir $(wildcard Userland/[A-Z]*/*.swift))))))
U_PROGRAMS  := $(notdir $(patsubst %/,%,$(sort $(dir $(wildcard Userland/[a-z]*/*.swift)))))
U_SWIFT_TESTS := $(notdir $(patsubst %/,%,$(sort $(dir $(wildcard Userland/Tests/[a-z]*/*.swift)))))
U_C_CASE_SRC := $(sort $(wildcard Tests/integration/c/*/*.c))
U_C_HDR      := $(wildcard Tests/integration/c/include/*.h)
U_ELFGEN_SRC := $(sort $(wildcard Tests/integration/elfcorpus/*.c))
U_INTERACTIVE_SRC := $(sort $(wildcard Tests/integration/interactive/*.c))
U_BENCH_SRC  := $(sort $(wildcard Tests/bench/*.c))

# ---- products ----
U_RUNTIME_OBJ := $(UB)/runtime/LinuxABI.o $(UB)/runtime/Runtime.o \
    $(patsubst Userland/Runtime/%.c,$(UB)/runtime/%.o,$(U_RUNTIME_C)) \
    $(patsubst Userland/Runtime/%.S,$(UB)/runtime/%.o,$(U_RUNTIME_ASM))
U_MODULE_OBJ  := $(patsubst %,$(UB)/modules/%.o,$(U_MODULES))
U_LINK_OBJ    := $(U_RUNTIME_OBJ) $(U_MODULE_OBJ) $(U_EMBEDDED_LIB)/libswiftUnicodeDataTables.a
U_PROGRAM_BIN := $(patsubst %,$(UB)/bin/%,$(U_PROGRAMS))
U_CASES       := $(UB)/tests/cases
U_SWIFT_TEST_BIN := $(patsubst %,$(U_CASES)/swift.%,$(U_SWIFT_TESTS))
U_C_CASE_BIN  := $(foreach src,$(U_C_CASE_SRC),$(U_CASES)/$(notdir $(patsubst %/,%,$(dir $(src)))).$(basename $(notdir $(src))))
U_INTERACTIVE_BIN := $(patsubst Tests/integration/interactive/%.c,$(UB)/tests/interactive/%,$(U_INTERACTIVE_SRC))
U_ELF_CORPUS  := $(if $(U_ELFGEN_SRC),$(UB)/tests/elf-corpus/.stamp)
U_BENCH_BIN   := $(patsubst Tests/bench/%.c,$(UB)/bench/%,$(U_BENCH_SRC))
ROOTFS        := $(BUILD)/rootfs

.PHONY: userland userland-runtime rootfs test-userland-host
# Prerequisites below name each product's own source folder with $$(wildcard …).
.SECONDEXPANSION:
userland: $(U_PROGRAM_BIN) $(U_SWIFT_TEST_BIN) $(U_C_CASE_BIN) $(U_INTERACTIVE_BIN) $(U_ELF_CORPUS) $(U_BENCH_BIN) $(UB)/tests/shell/.stamp

# The shell's script tests (Tests/shell), next to the cases: cases/shell.scripts runs them.
$(UB)/tests/shell/.stamp: $(wildcard Tests/shell/*)
	rm -rf $(UB)/tests/shell && mkdir -p $(UB)/tests/shell
	cp -p Tests/shell/* $(UB)/tests/shell/
	@touch $@
userland-runtime: $(U_RUNTIME_OBJ) $(U_MODULE_OBJ)

# ---- Runtime: LinuxABI compiled for user space, then the Runtime module ----
$(UB)/runtime/LinuxABI.o: $(U_ABI_SRC)
	@mkdir -p $(UB)/runtime $(UB)/modules
	$(SWIFTC) $(U_SWIFT_FLAGS) -module-name LinuxABI -emit-module \
	    -emit-module-path $(UB)/modules/LinuxABI.swiftmodule -c $(U_ABI_SRC) -o $@

$(UB)/runtime/Runtime.o: $(U_RUNTIME_SWIFT) $(U_RUNTIME_HDR) $(UB)/runtime/LinuxABI.o
	$(SWIFTC) $(U_SWIFT_FLAGS) -module-name Runtime -emit-module \
	    -emit-module-path $(UB)/modules/Runtime.swiftmodule -c $(U_RUNTIME_SWIFT) -o $@

$(UB)/runtime/%.o: Userland/Runtime/%.c $(U_RUNTIME_HDR)
	@mkdir -p $(UB)/runtime
	$(CLANG) $(U_C_FLAGS) -c $< -o $@

$(UB)/runtime/%.o: Userland/Runtime/%.S
	@mkdir -p $(UB)/runtime
	$(CLANG) $(U_ASM_FLAGS) -c $< -o $@

# Other modules (UpperCamel folders) build on the Runtime.
$(UB)/modules/%.o: $$(wildcard Userland/%/*.swift) $(UB)/runtime/Runtime.o
	$(SWIFTC) $(U_SWIFT_FLAGS) -module-name $* -emit-module \
	    -emit-module-path $(UB)/modules/$*.swiftmodule -c $(sort $(wildcard Userland/$*/*.swift)) -o $@

# ---- Swift programs and Swift test programs: one object per folder, linked static ----
$(UB)/bin/%: $$(wildcard Userland/%/*.swift) $(U_RUNTIME_OBJ) $(U_MODULE_OBJ)
	@mkdir -p $(UB)/obj $(UB)/bin
	$(SWIFTC) $(U_SWIFT_FLAGS) -module-name $(subst -,_,$*) -c $(sort $(wildcard Userland/$*/*.swift)) -o $(UB)/obj/$*.o
	$(LLD) $(U_LD_FLAGS) -o $@ $(UB)/obj/$*.o $(U_LINK_OBJ)

$(U_CASES)/swift.%: $$(wildcard Userland/Tests/%/*.swift) $(U_RUNTIME_OBJ) $(U_MODULE_OBJ)
	@mkdir -p $(UB)/obj/tests $(U_CASES)
	$(SWIFTC) $(U_SWIFT_FLAGS) -module-name $(subst -,_,$*) -c $(sort $(wildcard Userland/Tests/$*/*.swift)) -o $(UB)/obj/tests/$*.o
	$(LLD) $(U_LD_FLAGS) -o $@ $(UB)/obj/tests/$*.o $(U_LINK_OBJ)

# ---- C integration cases: Tests/integration/c/<area>/<case>.c -> cases/<area>.<case> ----
# Areas named *-pie are linked static-pie (ET_DYN, no interpreter) with musl's rcrt1.o:
# Debian's musl-gcc has no -static-pie of its own.
MUSL_LIB ?= /usr/lib/x86_64-linux-musl
$(U_CASES)/%: $$(wildcard Tests/integration/c/$$(subst .,/,$$*).c) $(U_C_HDR)
	@mkdir -p $(U_CASES)
	case "$*" in \
	  *-pie.*) $(MUSL_CC) $(MUSL_FLAGS) -fPIE -c -o $@.o Tests/integration/c/$(subst .,/,$*).c && \
	           ld -static -pie --no-dynamic-linker -z text -o $@ $(MUSL_LIB)/rcrt1.o $(MUSL_LIB)/crti.o $@.o \
	              -L$(MUSL_LIB) -lc $(MUSL_LIB)/crtn.o && rm -f $@.o ;; \
	  *) $(MUSL_CC) $(MUSL_FLAGS) -o $@ Tests/integration/c/$(subst .,/,$*).c ;; \
	esac

$(UB)/tests/interactive/%: Tests/integration/interactive/%.c $(U_C_HDR)
	@mkdir -p $(UB)/tests/interactive
	$(MUSL_CC) $(MUSL_FLAGS) -o $@ $<

# ---- benchmarks: Tests/bench/<name>.c -> bench/<name> (musl-gcc -static), for make bench ----
$(UB)/bench/%: Tests/bench/%.c
	@mkdir -p $(UB)/bench
	$(MUSL_CC) $(MUSL_FLAGS) -o $@ $<

# ---- malformed-ELF corpus: a host tool writes it ----
$(UB)/host/mkelfcorpus: $(U_ELFGEN_SRC)
	@mkdir -p $(UB)/host
	$(HOST_CC) $(HOST_C_FLAGS) -o $@ $(U_ELFGEN_SRC)

$(U_ELF_CORPUS): $(UB)/host/mkelfcorpus
	rm -rf $(UB)/tests/elf-corpus && mkdir -p $(UB)/tests/elf-corpus
	$(UB)/host/mkelfcorpus $(UB)/tests/elf-corpus
	@touch $@

# ---- the root filesystem tree ----
rootfs: userland
	rm -rf $(ROOTFS)
	mkdir -p $(ROOTFS)/bin $(ROOTFS)/sbin $(ROOTFS)/etc $(ROOTFS)/dev $(ROOTFS)/tmp $(ROOTFS)/proc \
	    $(ROOTFS)/usr/libexec/apus-tests/cases $(ROOTFS)/usr/libexec/apus-tests/elf-corpus \
	    $(ROOTFS)/usr/libexec/apus-tests/interactive $(ROOTFS)/usr/libexec/apus-bench
	chmod 1777 $(ROOTFS)/tmp
	cp -R Userland/rootfs/. $(ROOTFS)/
	for p in $(filter-out init,$(U_PROGRAMS)); do cp $(UB)/bin/$$p $(ROOTFS)/bin/; done
	cp $(UB)/bin/init $(ROOTFS)/sbin/init
	cp $(UB)/bin/apus-tests $(ROOTFS)/usr/libexec/apus-tests/apus-tests
	@cp $(U_SWIFT_TEST_BIN) $(U_C_CASE_BIN) $(ROOTFS)/usr/libexec/apus-tests/cases/
	$(if $(U_INTERACTIVE_BIN),cp $(U_INTERACTIVE_BIN) $(ROOTFS)/usr/libexec/apus-tests/interactive/)
	if [ -d $(UB)/tests/elf-corpus ]; then cp -R $(UB)/tests/elf-corpus/. $(ROOTFS)/usr/libexec/apus-tests/elf-corpus/; fi
	rm -f $(ROOTFS)/usr/libexec/apus-tests/elf-corpus/.stamp
	cp -Rp $(UB)/tests/shell $(ROOTFS)/usr/libexec/apus-tests/shell && rm -f $(ROOTFS)/usr/libexec/apus-tests/shell/.stamp
	$(if $(U_BENCH_BIN),cp $(U_BENCH_BIN) $(ROOTFS)/usr/libexec/apus-bench/)
	@echo "rootfs: $(ROOTFS)"

# ---- the suite on the host (Linux is the reference) ----
test-userland-host: userland
	@$(UB)/bin/apus-tests $(abspath $(U_CASES))
