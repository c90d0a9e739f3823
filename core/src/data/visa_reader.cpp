#include "data/visa_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "data/csv_table.h"

namespace mdd::data {
namespace {

constexpr std::array<const char*, 5> kColumns = {"object", "split", "label", "image", "mask"};
enum Column { kObject, kSplit, kLabel, kImage, kMask };

std::string trimmedLower(std::string s, bool lowerCase) {
  const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
  s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
  if (lowerCase)
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

// CSVs written on Windows may use backslashes.
fs::path csvPath(const fs::path& root, std::string cell) {
  std::replace(cell.begin(), cell.end(), '\\', '/');
  return root / trimmedLower(cell, false);
}

// An anomalous row whose mask cell is empty.
struct UnmaskedRow {
  std::string object;
  std::string image;
  int line = 0;
};

struct Context {
  fs::path root;
  std::string csv;  // absolute path of the split file, for messages
  LoadReport& report;
  std::vector<UnmaskedRow> unmasked = {};
  std::string where(int line) const { return csv + " line " + std::to_string(line); }
};

// Parses one data row into a sample; false (with an error) when the row is unusable.
bool readRow(Context& ctx, const CsvRecord& row, const std::array<int, 5>& col, Sample& s) {
  const auto cell = [&](Column c) { return col[c] < 0 ? std::string() : row.cells[col[c]]; };
  const std::string split = trimmedLower(cell(kSplit), true);
  const std::string label = trimmedLower(cell(kLabel), true);
  const std::string object = trimmedLower(cell(kObject), false);
  std::string why;
  if (object.empty())
    why = "empty object cell";
  else if (split != "train" && split != "test")
    why = "split is '" + split + "', expected train or test";
  else if (label != "normal" && label != "anomaly")
    why = "label is '" + label + "', expected normal or anomaly";
  else if (trimmedLower(cell(kImage), false).empty())
    why = "empty image cell";
  else if (split == "train" && label == "anomaly")
    why = "anomalous image in the train split";
  if (!why.empty()) {
    ctx.report.error(ctx.csv, "line " + std::to_string(row.line) + ": " + why + "; row skipped");
    return false;
  }
  const fs::path image = csvPath(ctx.root, cell(kImage));
  std::error_code ec;
  if (!fs::is_regular_file(image, ec)) {
    ctx.report.error(absolutePath(image),
                     "image listed in " + ctx.where(row.line) + " does not exist");
    return false;
  }
  s = makeSample(image, object, split == "train" ? Split::Train : Split::Test,
                 label == "anomaly" ? "anomaly" : "good");
  s.maskRule = MaskRule::NonZero;
  const std::string maskCell = trimmedLower(cell(kMask), false);
  if (!s.isAnomalous) {
    if (!maskCell.empty())
      ctx.report.warning(s.path,
                         "normal image with a mask in " + ctx.where(row.line) + ": mask ignored");
    return true;
  }
  if (maskCell.empty()) {
    // Decided once all rows are read: an object none of whose anomalies has a mask is
    // labelled per image (one warning); otherwise each empty cell is an error.
    ctx.unmasked.push_back({s.className, s.path, row.line});
    return true;
  }
  const fs::path mask = csvPath(ctx.root, maskCell);
  if (!fs::is_regular_file(mask, ec))
    ctx.report.error(absolutePath(mask),
                     "mask listed in " + ctx.where(row.line) + " does not exist");
  else
    s.maskPath = absolutePath(mask);
  return true;
}

// Objects whose anomalies all come without masks get one warning together; an empty mask
// cell beside anomalies of the same object that have masks is an error for that row.
void reportUnmasked(Context& ctx, const std::vector<Sample>& samples) {
  std::set<std::string> kept, masked;
  for (const auto& s : samples) {
    kept.insert(s.className);
    if (s.isAnomalous && !s.maskPath.empty()) masked.insert(s.className);
  }
  std::set<std::string> imageOnly;
  for (const auto& u : ctx.unmasked) {
    if (!kept.count(u.object)) continue;  // an object left out by the caller's choice
    if (masked.count(u.object))
      ctx.report.error(u.image, "mask missing for an anomalous image (empty mask cell in " +
                                    ctx.where(u.line) + ")");
    else
      imageOnly.insert(u.object);
  }
  if (imageOnly.empty()) return;
  std::string names;
  for (const auto& o : imageOnly) names += (names.empty() ? "" : ", ") + o;
  ctx.report.warning(ctx.csv, std::string(kNoPixelMasks) + " (empty mask column for " +
                                  (imageOnly.size() == 1 ? "object " : "objects ") + names + ")");
}

}  // namespace

fs::path visaSplitFile(const fs::path& root) { return root / "split_csv" / "1cls.csv"; }

ReadResult readVisa(const fs::path& root, const std::vector<std::string>& only,
                    LoadReport& report) {
  ReadResult out;
  Context ctx{root, absolutePath(visaSplitFile(root)), report};
  std::ifstream in(visaSplitFile(root), std::ios::binary);
  if (!in.is_open()) {
    report.error(ctx.csv, "cannot open the VisA split file (check its permissions)");
    return out;
  }
  std::stringstream text;
  text << in.rdbuf();
  const CsvTable table = parseCsv(text.str());
  std::set<int> badLines;
  for (const auto& p : table.problems) {
    report.error(ctx.csv, "line " + std::to_string(p.line) + ": " + p.message + "; row skipped");
    badLines.insert(p.line);
  }
  if (table.records.empty()) {
    report.error(ctx.csv, "empty split file: expected a header object,split,label,image,mask");
    return out;
  }
  std::array<int, 5> col{-1, -1, -1, -1, -1};
  const auto& header = table.records[0].cells;
  for (int c = 0; c < int(header.size()); ++c) {
    for (int k = 0; k < 5; ++k)
      if (trimmedLower(header[c], true) == kColumns[k]) col[k] = c;
  }
  for (int k = 0; k < 4; ++k) {  // the mask column may be absent when nothing is anomalous
    if (col[k] < 0) {
      report.error(ctx.csv, std::string("header has no '") + kColumns[k] +
                                "' column (expected object,split,label,image,mask)");
      return out;
    }
  }
  std::set<std::string> classes;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const CsvRecord& row = table.records[r];
    if (badLines.count(row.line)) continue;
    if (row.cells.size() != header.size()) {
      report.error(ctx.csv, "line " + std::to_string(row.line) + ": expected " +
                                std::to_string(header.size()) + " columns, found " +
                                std::to_string(row.cells.size()) + "; row skipped");
      continue;
    }
    Sample s;
    if (!readRow(ctx, row, col, s)) continue;
    if (!only.empty() && std::find(only.begin(), only.end(), s.className) == only.end()) continue;
    classes.insert(s.className);
    out.samples.push_back(std::move(s));
  }
  reportUnmasked(ctx, out.samples);
  for (const std::string& wanted : only) {
    if (!classes.count(wanted))
      report.error(ctx.csv, "requested object '" + wanted + "' has no rows");
  }
  out.classNames.assign(classes.begin(), classes.end());
  return out;
}

}  // namespace mdd::data
