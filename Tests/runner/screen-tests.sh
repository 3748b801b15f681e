#!/bin/sh
# The screen and keyboard test (issue 5 part 7): boots with QEMU's VGA present (OVMF gives
# a GOP framebuffer) but -display none, PID 1 is Tests/integration/interactive/screen_keys.c.
# Through QEMU's monitor the runner takes a screenshot (screendump, a PPM) and types on the
# PS/2 keyboard (sendkey); the program checks what it reads and reports over serial. The
# screenshot is then read back as text with the console's own font (apus-screen) and must
# show the kernel banner, a coloured log line and what PID 1 printed and echoed.
# Arguments: apus-run path, apus-screen path, build directory. Prints TAP and a summary.
set -u
runner=$1; screen=$2; build=$3
shot=$build/screen.ppm
text=$build/screen.txt
rm -f "$shot" "$text"
passed=0; failed=0; index=0
result() {   # result OK DESCRIPTION
    index=$((index + 1))
    if [ "$1" = 0 ]; then echo "ok $index - $2"; passed=$((passed + 1)); else echo "not ok $index - $2"; failed=$((failed + 1)); fi
}

"$runner" --image "$build/apus.img" --timeout 180 --silence 90 \
    --cmdline "testexit init=/usr/libexec/apus-tests/interactive/screen_keys" --log "$build/screen.log" \
    --keys '# screen: type a line=>{shift-h}ello, {shift-a}pus 42!x\x7f?\r' \
    --monitor '# screen: press arrows=>screendump '"$shot" \
    --keys '# screen: press arrows=>{up}{left}{home}{end}{ctrl-c}' \
    --expect-output 'screen test: got Hello, Apus 42!\?' \
    > "$build/screen-run.txt" 2>&1
status=$?
sed -n '/^ok \|^not ok /p' "$build/screen-run.txt" | sed 's/^/# guest: /'
result $status "keys typed through the monitor reach PID 1 on the console TTY (apus-run: $(tail -n 1 "$build/screen-run.txt"))"

if [ -s "$shot" ] && "$screen" "$shot" > "$text"; then
    result 0 "the screenshot decodes with the console font ($(wc -l < "$text") text rows)"
else
    result 1 "the screenshot decodes with the console font"
fi
expect_on_screen() {   # expect_on_screen REGEX DESCRIPTION
    if grep -Eq "$1" "$text" 2>/dev/null; then result 0 "screen shows $2"; else result 1 "screen shows $2 (/$1/ not found)"; fi
}
expect_on_screen '^Apus kernel [0-9.]+ \(x86_64, Embedded Swift\)$' "the kernel banner"
expect_on_screen '^\[ *[0-9.]+\] info  screen: [0-9]+x[0-9]+ text console$' "the console's own log line"
expect_on_screen '^\[ *[0-9.]+\] info  screen: [0-9]+x[0-9]+ stride [0-9]+ (RGB|BGR|bit mask) at 0x[0-9a-f]+, (write-combining|uncached)$' "the framebuffer's log line, written before the screen existed"
expect_on_screen '^\[ *[0-9.]+\] info  init: started ' "the kernel log line starting PID 1"
expect_on_screen '^screen test: hello from PID 1$' "what PID 1 printed"
expect_on_screen '^Hello, Apus 42!\?$' "the echo of the typed line (after Backspace)"
expect_on_screen '^screen test: got Hello, Apus 42!\?$' "PID 1's answer"
if [ "$failed" -ne 0 ] && [ -f "$text" ]; then sed 's/^/# screen: /' "$text" | grep -v '^# screen: $'; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
