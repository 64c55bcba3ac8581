#ifndef ESCALATE_FUZZ_DRIVER_H
#define ESCALATE_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs that keep their own `main` (LLVM 11 and later). SwiftPM links
// every executable target with `main` aliased to `<Target>_main`, so a fuzz target defines that
// function and hands over to libFuzzer here; libFuzzer's own `main` is then never linked in.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
