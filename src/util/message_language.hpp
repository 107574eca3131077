#pragma once
// The language ipskit writes its errors, warnings and notes in. It is chosen
// once, before any input is read: from --lang, else IPSKIT_LANG, else the
// locale (LC_ALL, LC_MESSAGES, LANG), else English. Every message is written
// in both languages where it is made, so that tr() only has to pick one.

#include <optional>
#include <string>
#include <string_view>

namespace ipskit::util {

enum class MessageLanguage { en, da };

void set_message_language(MessageLanguage language);
MessageLanguage message_language();

// The Danish text when messages are Danish, the English one otherwise.
std::string tr(std::string_view en, std::string_view da);

// What the environment asks for: IPSKIT_LANG first ("da" or "en"), then the
// first of LC_ALL, LC_MESSAGES and LANG that is set ("da_DK.UTF-8" is Danish).
// `get` reads a variable, so that a test can hand it one of its own.
MessageLanguage message_language_from_environment(const char* (*get)(const char*));

// What the command line asks for with "--lang da", "--lang=da" (or en), read
// before the command line is parsed, so that --help and the errors of options
// before --lang are in its language too; nullopt without a valid --lang.
std::optional<MessageLanguage> message_language_from_arguments(int argc, const char* const* argv);

}  // namespace ipskit::util
