#include "domain/text.hpp"

namespace ipskit {

bool parse_lang(std::string_view code, Lang& out) {
    if (code == "en") {
        out = Lang::en;
        return true;
    }
    if (code == "da") {
        out = Lang::da;
        return true;
    }
    return false;
}

}  // namespace ipskit
