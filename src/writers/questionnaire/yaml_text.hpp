#pragma once
// Texts from reviewers (notes, names) written into a YAML file that people
// edit and ipskit reads back. A note may hold anything: quotes, line breaks,
// control characters, the Unicode line separators YAML also breaks lines at.
// Written raw, one would end a comment early and turn the rest of the note
// into live YAML, or make the whole file unreadable.

#include <string>

namespace ipskit::writers::questionnaire {

// `text` as a double-quoted YAML scalar that reads back as exactly `text`
// (when it is valid UTF-8, as every reader checks; a stray byte becomes U+FFFD).
std::string yaml_quoted(const std::string& text);

// `text` fit to follow a '#' on one line: every line break and every
// character YAML does not allow becomes a space. Comments are for people, so
// the text may change; it can never leave the comment.
std::string comment_text(const std::string& text);

}  // namespace ipskit::writers::questionnaire
