#include "util/message_language.hpp"

#include <atomic>

namespace ipskit::util {

namespace {

// Set once by the command line before any work starts, read by every thread.
std::atomic<MessageLanguage> current{MessageLanguage::en};

bool starts_with_da(std::string_view value) {
    return value.size() >= 2 && (value[0] == 'd' || value[0] == 'D') &&
           (value[1] == 'a' || value[1] == 'A') &&
           (value.size() == 2 || value[2] == '_' || value[2] == '-' || value[2] == '.' || value[2] == '@');
}

}  // namespace

void set_message_language(MessageLanguage language) {
    current.store(language, std::memory_order_relaxed);
}

MessageLanguage message_language() {
    return current.load(std::memory_order_relaxed);
}

std::string tr(std::string_view en, std::string_view da) {
    return std::string(message_language() == MessageLanguage::da ? da : en);
}

MessageLanguage message_language_from_environment(const char* (*get)(const char*)) {
    if (const char* chosen = get("IPSKIT_LANG"); chosen != nullptr && *chosen != '\0')
        return starts_with_da(chosen) ? MessageLanguage::da : MessageLanguage::en;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = get(name);
        if (value != nullptr && *value != '\0')
            return starts_with_da(value) ? MessageLanguage::da : MessageLanguage::en;
    }
    return MessageLanguage::en;
}

std::optional<MessageLanguage> message_language_from_arguments(int argc, const char* const* argv) {
    std::optional<MessageLanguage> chosen;
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "--") break;
        std::string_view code;
        if (word == "--lang" && i + 1 < argc)
            code = argv[i + 1];
        else if (word.starts_with("--lang="))
            code = word.substr(7);
        // The last --lang wins, as when CLI11 parses it; a bad code is left to the parser to refuse.
        if (code == "da") chosen = MessageLanguage::da;
        if (code == "en") chosen = MessageLanguage::en;
    }
    return chosen;
}

}  // namespace ipskit::util
