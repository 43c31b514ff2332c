// SPDX-License-Identifier: Apache-2.0
// libFuzzer's entry point for one target: SLA_FUZZ_ENTRY names its entry function (see
// fuzztargets.h). A parser that misbehaves without crashing is turned into a crash here,
// so libFuzzer saves the input.
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = Sla::Fuzz::SLA_FUZZ_ENTRY(data, size);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz finding: %s\n", problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
