# Apus — build, boot and test. `make qemu-uefi` boots to the console, `make test` runs
# every test. The kernel and loader are built here; the host tools and unit tests by
# SwiftPM (Package.swift). See README.md.

BUILD      ?= build
CMDLINE    ?=
ROOTFS_EXTRA ?=
QEMU_MEM   ?= 256M
QEMU_SMP   ?= 1

SWIFTC     ?= swiftc
CLANG      ?= clang
LLD        ?= ld.lld
OBJDUMP    ?= llvm-objdump
NM         ?= llvm-nm
SWIFT      ?= swift
OVMF_CODE  ?= /usr/share/OVMF/OVMF_CODE_4M.fd
OVMF_VARS  ?= /usr/share/OVMF/OVMF_VARS_4M.fd

# Debian packages the build and the boots need (installed by `make deps` when missing).
DEBIAN_DEPS := gnu-efi ovmf qemu-system-x86 mtools dosfstools gdisk cpio musl-tools

KBUILD     := $(BUILD)/kernel
TOOLS_BIN   = $(shell $(SWIFT) build -c release --scratch-path .build --show-bin-path 2>/dev/null)
EMBEDDED_LIB := $(dir $(shell which $(SWIFTC)))../lib/swift/embedded/x86_64-unknown-none-elf

# ARCHITECTURE.md §3: Embedded Swift for bare metal; no red zone, no SSE/x87 in the kernel.
SWIFT_KERNEL_FLAGS := -enable-experimental-feature Embedded -target x86_64-unknown-none-elf \
    -wmo -parse-as-library -Osize -swift-version 5 \
    -Xcc -mno-red-zone -Xcc -mno-sse -Xcc -mno-sse2 -Xcc -ffreestanding \
    -Xfrontend -disable-stack-protector -I $(KBUILD) -I Kernel/Arch/x86_64/include
ASM_FLAGS := -target x86_64-unknown-none-elf -fpie -I Kernel/Arch/x86_64/include

ABI_SRC    := $(sort $(shell find Kernel/ABI -name '*.swift'))
CORE_SRC   := $(sort $(shell find Kernel/Core -name '*.swift'))
KERNEL_SRC := $(sort $(shell find Kernel -name '*.swift' -not -path 'Kernel/ABI/*' -not -path 'Kernel/Core/*'))
KERNEL_ASM := $(sort $(wildcard Kernel/Arch/x86_64/*.S))
KERNEL_HDR := $(wildcard Kernel/Arch/x86_64/include/*) include/apus/bootinfo.h
ASM_OBJ    := $(patsubst Kernel/Arch/x86_64/%.S,$(KBUILD)/%.o,$(KERNEL_ASM))
LINK_OBJ   := $(KBUILD)/LinuxABI.o $(KBUILD)/KernelCore.o $(KBUILD)/ApusKernel.o $(ASM_OBJ)
LDSCRIPT   := Kernel/Arch/x86_64/kernel.ld

.PHONY: all deps kernel loader initrd image qemu-uefi qemu-gdb gdb test test-host test-kernel \
        test-kernel-max test-runner test-shell-host test-console test-screen test-integration test-serial-console test-integration-usb test-usb-writer test-loader test-rootfs-extra test-init qemu-usb usb screenshot bench tools clean FORCE
all: image

deps:
	@missing=""; for p in $(DEBIAN_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# ---- host tools (SwiftPM) ----
tools:
	$(SWIFT) build -c release --scratch-path .build --product apus-run
	$(SWIFT) build -c release --scratch-path .build --product mkcpio
	$(SWIFT) build -c release --scratch-path .build --product mksyms
	$(SWIFT) build -c release --scratch-path .build --product apus-screen

# ---- kernel ----
kernel: $(KBUILD)/kernel.elf

$(KBUILD)/LinuxABI.o: $(ABI_SRC)
	@mkdir -p $(KBUILD)
	$(SWIFTC) $(SWIFT_KERNEL_FLAGS) -module-name LinuxABI -emit-module -emit-module-path $(KBUILD)/LinuxABI.swiftmodule -c $(ABI_SRC) -o $@

$(KBUILD)/KernelCore.o: $(CORE_SRC) $(KBUILD)/LinuxABI.o
	$(SWIFTC) $(SWIFT_KERNEL_FLAGS) -module-name KernelCore -emit-module -emit-module-path $(KBUILD)/KernelCore.swiftmodule -c $(CORE_SRC) -o $@

$(KBUILD)/ApusKernel.o: $(KERNEL_SRC) $(KERNEL_HDR) $(KBUILD)/KernelCore.o
	$(SWIFTC) $(SWIFT_KERNEL_FLAGS) -module-name ApusKernel -c $(KERNEL_SRC) -o $@

$(KBUILD)/%.o: Kernel/Arch/x86_64/%.S $(KERNEL_HDR)
	@mkdir -p $(KBUILD)
	$(CLANG) $(ASM_FLAGS) -c $< -o $@

# Two-pass link: the first pass has an empty symbol table; its symbols become .ksyms,
# which sits last in the image, so the second pass moves nothing (checked below).
$(KBUILD)/ksyms-empty.o:
	@mkdir -p $(KBUILD)
	printf '.section .ksyms,"a"\n.quad 0\n' | $(CLANG) $(ASM_FLAGS) -x assembler -c - -o $@

$(KBUILD)/kernel.pass1.elf: $(LINK_OBJ) $(KBUILD)/ksyms-empty.o $(LDSCRIPT)
	$(LLD) -static -nostdlib --no-pie -z max-page-size=4096 -T $(LDSCRIPT) -o $@ $(LINK_OBJ) $(KBUILD)/ksyms-empty.o \
	    $(EMBEDDED_LIB)/libswiftUnicodeDataTables.a

$(KBUILD)/ksyms.bin: $(KBUILD)/kernel.pass1.elf
	$(NM) --defined-only --print-size -n $< > $(KBUILD)/kernel.nm
	$(MAKE) --no-print-directory tools >/dev/null
	$(TOOLS_BIN)/mksyms $(KBUILD)/kernel.nm $@

$(KBUILD)/ksyms.o: $(KBUILD)/ksyms.bin
	printf '.section .ksyms,"a"\n.balign 8\n.incbin "%s"\n' $(abspath $<) | $(CLANG) $(ASM_FLAGS) -x assembler -c - -o $@

$(KBUILD)/kernel.elf: $(KBUILD)/kernel.pass1.elf $(KBUILD)/ksyms.o
	$(LLD) -static -nostdlib --no-pie -z max-page-size=4096 -T $(LDSCRIPT) -Map $(KBUILD)/kernel.map -o $@ \
	    $(LINK_OBJ) $(KBUILD)/ksyms.o $(EMBEDDED_LIB)/libswiftUnicodeDataTables.a
	@$(NM) -n $(KBUILD)/kernel.pass1.elf | grep -v -e __ksyms_end -e __kernel_end > $(KBUILD)/syms.pass1
	@$(NM) -n $@ | grep -v -e __ksyms_end -e __kernel_end > $(KBUILD)/syms.pass2
	@cmp -s $(KBUILD)/syms.pass1 $(KBUILD)/syms.pass2 || { echo "kernel: symbols moved between link passes"; exit 1; }
	$(OBJDUMP) -d --no-show-raw-insn $@ > $(KBUILD)/kernel.dis
	@# The kernel must contain no x87 and no SSE instruction (ARCHITECTURE.md §3):
	@# interrupts do not save FPU state. fxsave/fxrstor/xsave are the exceptions.
	@if grep -E '%[xyz]mm[0-9]|^\s+[0-9a-f]+:\s+f(ld|ild|st|ist|add|sub|mul|div|com|ucom|xch|chs|abs|sqrt|rndint|init|ninit|nstcw|ldcw|wait|prem|scale|2xm1|yl2x|cos|sin|ptan|patan|xtract|free|decstp|incstp|cmov)' $(KBUILD)/kernel.dis; then \
	  echo "kernel: x87/SSE instructions found (see $(KBUILD)/kernel.dis)"; exit 1; fi

# ---- loader ----
loader: $(BUILD)/loader/BOOTX64.EFI
$(BUILD)/loader/BOOTX64.EFI: FORCE
	$(MAKE) --no-print-directory -C Loader OUT=$(abspath $(BUILD)/loader)

# ---- initrd and image ----
$(BUILD)/cmdline: FORCE
	@mkdir -p $(BUILD)
	@printf '%s\n' "$(CMDLINE)" > $@.new
	@cmp -s $@.new $@ 2>/dev/null && rm -f $@.new || mv $@.new $@

# The root filesystem tree ($(BUILD)/rootfs) comes from Userland/userland.mk.
include Userland/userland.mk

# IMAGE and INITRD may name other files, so a second image (another ROOTFS_EXTRA) can be
# built beside the default one from the same kernel, loader and userland.
IMAGE  ?= $(BUILD)/apus.img
INITRD ?= $(BUILD)/initrd.cpio

$(INITRD): rootfs FORCE
	@mkdir -p $(dir $@)
	$(MAKE) --no-print-directory tools >/dev/null
	$(TOOLS_BIN)/mkcpio $@.new $(BUILD)/rootfs $(ROOTFS_EXTRA)
	@cmp -s $@.new $@ 2>/dev/null && rm -f $@.new || mv $@.new $@

ESP_KIB  := 65536
DISK_MIB := 68
$(IMAGE): $(BUILD)/loader/BOOTX64.EFI $(KBUILD)/kernel.elf $(INITRD) $(BUILD)/cmdline
	rm -f $@.esp $@
	mkfs.fat -F 32 -n APUS -C $@.esp $(ESP_KIB) >/dev/null
	mmd -i $@.esp ::EFI ::EFI/BOOT ::apus
	mcopy -i $@.esp $(BUILD)/loader/BOOTX64.EFI ::EFI/BOOT/BOOTX64.EFI
	mcopy -i $@.esp $(KBUILD)/kernel.elf ::apus/kernel.elf
	mcopy -i $@.esp $(INITRD) ::apus/initrd.cpio
	mcopy -i $@.esp $(BUILD)/cmdline ::apus/cmdline
	truncate -s $(DISK_MIB)M $@
	sgdisk -o -n 1:2048:+64M -t 1:ef00 -c 1:"Apus ESP" $@ >/dev/null
	dd if=$@.esp of=$@ bs=1M seek=1 conv=notrunc status=none
	rm -f $@.esp
	@echo "image: $@"

image: deps $(IMAGE)

# ---- running ----
QEMU_MACHINE = qemu-system-x86_64 -machine q35 -m $(QEMU_MEM) -smp $(QEMU_SMP) -no-reboot -net none \
    -drive if=pflash,format=raw,readonly=on,file=$(OVMF_CODE) \
    -drive if=pflash,format=raw,file=$(BUILD)/OVMF_VARS.fd \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04
QEMU_BASE = $(QEMU_MACHINE) -drive format=raw,file=$(IMAGE)
# The image as the only disk, a USB stick on an xHCI controller (issue 5 part 4).
QEMU_USB  = $(QEMU_MACHINE) -device qemu-xhci -drive if=none,id=stick,format=raw,file=$(IMAGE) \
    -device usb-storage,drive=stick

qemu-uefi: image
	cp $(OVMF_VARS) $(BUILD)/OVMF_VARS.fd
	@echo "qemu: serial console on this terminal; quit with Ctrl-A X"
	$(QEMU_BASE) -nographic

qemu-usb: image
	cp $(OVMF_VARS) $(BUILD)/OVMF_VARS.fd
	@echo "qemu: the image as a USB stick; serial console on this terminal; quit with Ctrl-A X"
	$(QEMU_USB) -nographic

# Write the image to a USB stick: make usb DEV=/dev/sdX [YES=1]. Refuses anything but a
# removable, unmounted whole disk; asks first; verifies by reading back (README).
DEV ?=
usb: image
	@YES="$(YES)" sh Tools/usb/write-usb.sh "$(DEV)" $(IMAGE)

qemu-gdb: image
	cp $(OVMF_VARS) $(BUILD)/OVMF_VARS.fd
	@printf 'symbol-file %s\ntarget remote localhost:1234\nhbreak kernel_main\n' $(abspath $(KBUILD)/kernel.elf) > $(BUILD)/gdbinit
	@echo "qemu: waiting for gdb on :1234 — in another terminal run: gdb -x $(BUILD)/gdbinit (or make gdb)"
	$(QEMU_BASE) -nographic -s -S

gdb:
	gdb -x $(BUILD)/gdbinit

# ---- tests ----
RUN = $(TOOLS_BIN)/apus-run --image $(BUILD)/apus.img --timeout 240 --silence 90

test: image tools
	@sh Tests/run-suites.sh \
	  "host unit tests" "$(MAKE) --no-print-directory test-host" \
	  "kernel self-tests (qemu64, 256 MiB)" "$(MAKE) --no-print-directory test-kernel" \
	  "kernel self-tests (-cpu max: SMEP, SMAP, RDRAND; 1 GiB)" "$(MAKE) --no-print-directory test-kernel-max" \
	  "test runner and crash reports" "$(MAKE) --no-print-directory test-runner" \
	  "screen and keyboard (screendump, sendkey)" "$(MAKE) --no-print-directory test-screen" \
	  "integration suite on the Linux host (the reference)" "$(MAKE) --no-print-directory test-userland-host" \
	  "shell scripts under our sh on the Linux host" "$(MAKE) --no-print-directory test-shell-host" \
	  "the shell at the console, typed as a person would (Tests/console)" "$(MAKE) --no-print-directory test-console" \
	  "a program added with ROOTFS_EXTRA, run as init=" "$(MAKE) --no-print-directory test-rootfs-extra" \
	  "the same program ending with reboot(RESTART): a machine reset" "$(MAKE) --no-print-directory test-rootfs-extra EXTRA_ENDING=restart" \
	  "the same program ending with reboot(POWER_OFF) through ACPI S5" "$(MAKE) --no-print-directory test-rootfs-extra EXTRA_ENDING=acpi-poweroff" \
	  "/sbin/init: /etc/rc, respawn, orphans, SIGTERM power-off" "$(MAKE) --no-print-directory test-init" \
	  "integration suite in the guest (apus-tests as PID 1)" "$(MAKE) --no-print-directory test-integration" \
	  "console=ttyS0: the console is a serial line (TIOCGWINSZ 0x0)" "$(MAKE) --no-print-directory test-serial-console" \
	  "integration suite with the image as a USB stick (xHCI)" "$(MAKE) --no-print-directory test-integration-usb" \
	  "make usb: refusals and a write + verify to a stand-in device" "$(MAKE) --no-print-directory test-usb-writer" \
	  "the loader: quiet, verbose, no GOP, map growth, ExitBootServices retry" "$(MAKE) --no-print-directory test-loader"

test-host:
	@rm -rf $(BUILD)/xunit && mkdir -p $(BUILD)/xunit
	@$(SWIFT) test --scratch-path .build --xunit-output $(BUILD)/xunit/host.xml > $(BUILD)/xunit/swift-test.log 2>&1 || true
	@$(TOOLS_BIN)/apus-run --tap-from-xunit $$(ls $(BUILD)/xunit/*.xml 2>/dev/null) || { tail -40 $(BUILD)/xunit/swift-test.log; exit 1; }

test-kernel: image tools
	$(RUN) --cmdline "selftest" --log $(BUILD)/selftest.log

# The same tests on a CPU with SMEP/SMAP/RDRAND and more memory: other code paths.
test-kernel-max: image tools
	$(RUN) --cmdline "selftest" --memory 1G --qemu-arg=-cpu --qemu-arg=max --log $(BUILD)/selftest-max.log

# The integration suite in the guest: Userland/apus-tests as PID 1 runs every case and
# reports through the exit device (testexit).
# INTEGRATION_ARGS go to apus-tests (e.g. --report-memory-only, -t seconds); its last
# check is that free memory after the suite equals free memory before it (issue 3).
INTEGRATION_ARGS ?=
test-integration: image tools
	$(TOOLS_BIN)/apus-run --image $(BUILD)/apus.img --timeout 2400 --silence 300 \
	    --cmdline "testexit init=/usr/libexec/apus-tests/apus-tests $(INTEGRATION_ARGS)" --log $(BUILD)/integration.log

# console=ttyS0 makes /dev/console the serial line, as on Linux: its window size starts at
# 0x0 instead of the screen's text grid (Tests/integration/c/tty/winsize.c).
test-serial-console: image tools
	$(RUN) --cmdline "testexit console=ttyS0,115200n8 APUS_CONSOLE_SIZE=0x0 init=/usr/libexec/apus-tests/cases/tty.winsize" \
	    --log $(BUILD)/serial-console.log

# The same suite with the image as the only disk, a USB stick on xHCI (issue 5 part 4); the
# firmware's boot line proves OVMF started the loader from the USB disk.
test-integration-usb: image tools
	$(TOOLS_BIN)/apus-run --image $(BUILD)/apus.img --usb --timeout 2400 --silence 300 \
	    --expect-output 'starting Boot[0-9A-F]+ "UEFI QEMU QEMU USB HARDDRIVE' \
	    --cmdline "testexit init=/usr/libexec/apus-tests/apus-tests $(INTEGRATION_ARGS)" --log $(BUILD)/integration-usb.log

# make usb: refusals checked against a fake sysfs/proc tree, a write + read-back to a file.
test-usb-writer:
	@sh Tests/usb/write-usb-tests.sh Tools/usb/write-usb.sh

# The loader on less friendly firmware (issue 5 part 6): one boot per check.
test-loader: image tools
	@sh Tests/loader/loader-tests.sh "$(TOOLS_BIN)/apus-run" $(BUILD)

# EXTRA_ENDING=restart: the program ends the run with reboot(RESTART) instead of POWER_OFF;
# acpi-poweroff: POWER_OFF without testexit, so ACPI S5 (not the exit device) ends QEMU.
EXTRA_ENDING ?= poweroff
test-rootfs-extra: image tools
	@sh Tests/runner/rootfs-extra.sh "$(TOOLS_BIN)/apus-run" $(BUILD) $(EXTRA_ENDING)

# The real /sbin/init with a test /etc/rc and a stand-in /bin/sh (Tests/init-test/).
test-init: image tools
	@sh Tests/runner/init-test.sh "$(TOOLS_BIN)/apus-run" $(BUILD)

# The framebuffer console and the PS/2 keyboard through QEMU's monitor (issue 5 part 7).
test-screen: image tools
	@sh Tests/runner/screen-tests.sh "$(TOOLS_BIN)/apus-run" "$(TOOLS_BIN)/apus-screen" $(BUILD)

# Tests/console/*.session: the shell driven over the serial console of a normal boot.
test-console: image tools
	@sh Tests/runner/console-sessions.sh "$(TOOLS_BIN)/apus-run" $(BUILD)

# Tests/shell/<name>.sh under our sh, built for Linux, compared with <name>.expected.
test-shell-host:
	@$(MAKE) --no-print-directory -f Userland/userland.mk $(BUILD)/userland/bin/sh >/dev/null
	@sh Tests/shell/run.sh $(BUILD)/userland/bin/sh

test-runner: image tools
	@sh Tests/runner/runner-tests.sh "$(TOOLS_BIN)/apus-run" $(BUILD)

# Figures, not tests: boot time, then the same syscall/fork/exec/pipe benchmark on the Linux
# host and in the guest (BENCH_SCALE divides the guest's loop counts: TCG is slow).
BENCH_SCALE ?= 10
# docs/shell.png: the booted shell on the framebuffer console (README), from a session
# typed over serial (Tools/screenshot/shell.session), QEMU's screendump, and apus-screen
# --png (Tools/ScreenKit/PNGEncoder).
screenshot: image tools
	$(TOOLS_BIN)/apus-run --image $(BUILD)/apus.img --timeout 300 --silence 120 \
	    --session Tools/screenshot/shell.session --monitor 'screenshot taken=>screendump $(abspath $(BUILD))/shell.ppm'
	$(TOOLS_BIN)/apus-screen --png docs/shell.png $(BUILD)/shell.ppm

bench: image tools
	$(TOOLS_BIN)/apus-run --image $(BUILD)/apus.img --boot-time 5 --marker "Apus kernel"
	@echo "# Linux host:"; $(BUILD)/userland/bench/syscall_bench | grep '^bench:'
	@echo "# Apus guest (TCG, loops / $(BENCH_SCALE)):"; $(TOOLS_BIN)/apus-run --image $(BUILD)/apus.img \
	    --timeout 600 --silence 300 --cmdline "testexit init=/usr/libexec/apus-bench/syscall_bench BENCH_SCALE=$(BENCH_SCALE)" \
	    | grep '^bench:'

clean:
	rm -rf $(BUILD)
	$(MAKE) -C Loader clean OUT=$(abspath $(BUILD)/loader) 2>/dev/null || true

FORCE:
