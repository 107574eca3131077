#pragma once
// The style sheet of the HTML report, screen and print. Kept apart from the
// renderer, as a file of its own would be; it is written into every page so
// that the page needs nothing beside it.

#include <string_view>

namespace ipskit::writers::render {

inline constexpr std::string_view kHtmlStyle = R"css(
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body {
  font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 10pt; line-height: 1.45; color: #222222;
  max-width: 178mm; margin: 0 auto; padding: 14mm 0;
}
header.title { border-bottom: 2.5px solid #253494; padding-bottom: 3mm; margin-bottom: 5mm; }
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 3mm; color: #1b2a6b; }
h2 { font-size: 14pt; color: #1b2a6b; margin: 7mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1px solid #c8cde0; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
h4, h5, h6 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 6mm; margin: 0; }
dl.facts dt { font-weight: bold; color: #444444; }
dl.facts dd { margin: 0; }
p { margin: 0 0 2.5mm; }
ul { margin: 0 0 3mm; padding-left: 6mm; }
table { border-collapse: collapse; width: auto; min-width: 55%; max-width: 100%; margin: 1mm 0 2mm; font-size: 9pt; }
table.wide { width: 100%; font-size: 7pt; }
table.wide th, table.wide td { padding: 0.7mm 0.9mm; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt; padding: 0 0 1.5mm; }
th, td { padding: 1mm 2mm; text-align: left; vertical-align: top; border-bottom: 0.5px solid #cccccc; }
thead th { background: #e9ecf5; border-bottom: 1.5px solid #444444; font-weight: bold; }
thead { display: table-header-group; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
tr.total td { font-weight: bold; border-top: 1.5px solid #444444; }
tr { break-inside: avoid; page-break-inside: avoid; }
div.table { margin: 0 0 5mm; }
p.note { font-size: 8.5pt; color: #555555; margin: 0 0 1.5mm; }
figure.chart { margin: 3mm 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; }
@media screen { div.table { overflow-x: auto; } }
@media print {
  body { max-width: none; padding: 0; }
  section.part.break { break-before: page; page-break-before: always; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
}
)css";

}  // namespace ipskit::writers::render
