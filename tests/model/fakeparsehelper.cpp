// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// A stand-in for incident-parse that misbehaves as IWB_FAKE_PARSE says: crash, abort, hang,
// flood (endless output), memory (asks for 3 GiB), garbage (not JSON), exit (code 5, no output),
// answer (a fixed, valid answer). tst_pdfimport points IsolatedParser to it through
// INCIDENT_WORKBENCH_PARSER to prove that a bad reader costs one file and a clear message.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include <unistd.h>

int main()
{
    const char *mode = std::getenv("IWB_FAKE_PARSE");
    const auto is = [mode](const char *name) { return mode && std::strcmp(mode, name) == 0; };
    if (is("crash")) {
        std::signal(SIGSEGV, SIG_DFL); // a real crash also under AddressSanitizer, which would report and exit
        std::raise(SIGSEGV);
    } else if (is("abort")) {
        std::abort();
    } else if (is("hang")) {
        for (;;) {
            pause();
        }
    } else if (is("flood")) {
        static char block[65536];
        std::memset(block, 'x', sizeof block);
        for (;;) {
            if (write(STDOUT_FILENO, block, sizeof block) < 0) {
                return 1;
            }
        }
    } else if (is("memory")) {
        std::set_new_handler([] {
            std::fputs("fake parser: Out of memory\n", stderr);
            _exit(3);
        });
        auto *block = new char[size_t(3) * 1024 * 1024 * 1024];
        block[0] = 1;
        std::puts("{\"error\":\"the memory limit did not hold\"}");
        delete[] block;
        return 2;
    } else if (is("garbage")) {
        std::puts("Hello, I am not JSON");
        return 0;
    } else if (is("exit")) {
        return 5;
    } else if (is("answer")) {
        std::puts("{\"format\":\"pdf\",\"text\":\"Erste Seite.\\n\\nZweite Seite.\",\"page_starts\":[0,14],"
                  "\"title\":\"Ein Bericht\",\"author\":\"Erika Beispiel\",\"published\":\"2026-05-12\"}");
        return 0;
    }
    return 64;
}
