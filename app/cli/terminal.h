#pragma once

#include <cstdio>

// The console the CLI prints to. The commands write UTF-8; on Windows the console shows the
// OEM code page (936 on Chinese Windows) and ANSI colours only once asked to, so both are
// set up here. This file pair is the CLI's only platform-specific code.
namespace lt::cli::terminal {

// Windows: switches the console to UTF-8 output until the program exits. No-op elsewhere.
void setUp();

// Whether `stream` (stdout or stderr) is an interactive terminal/console.
bool isTerminal(std::FILE *stream);

// Whether ANSI colour sequences written to `stream` show as colours (Windows: once virtual
// terminal processing could be switched on for the console).
bool supportsColour(std::FILE *stream);

} // namespace lt::cli::terminal
