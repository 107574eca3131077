#pragma once
// The files this run has read. Readers note each file they open, and every
// output (util::AtomicFile) refuses to replace one of them, so that no -o or
// --xlsx can destroy an input, whichever option named it: the extract, a
// column map, a cluster map, a scale file in --scales-dir, a questionnaire.

#include <optional>
#include <string>

namespace ipskit::util {

// Notes that `path` is read by this run. Safe to call from any thread.
void note_input(const std::string& path);

// The input, as it was named, that is the same file as `output`, if any.
std::optional<std::string> input_at(const std::string& output);

// The input noted last (empty before any): where a run that ran out of
// memory was, for its message.
std::string last_input();

}  // namespace ipskit::util
