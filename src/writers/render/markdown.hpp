#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

struct MarkdownOptions {
    // The folder, relative to the Markdown file, that holds each figure as
    // `<id>.svg`; the caller writes the files (doc::figures_of).
    std::string figure_folder = "figures";
    // False leaves the figures out: Markdown on standard output has no folder beside it.
    bool figures = true;
};

// A Markdown report: numbers right-aligned; every text escaped so that what
// an input held shows as written (writers/markdown_text.hpp); a figure is an
// image referring to its SVG file.
std::string render_markdown(const doc::Document& document, Lang lang, const MarkdownOptions& options = {});

}  // namespace ipskit::writers::render
