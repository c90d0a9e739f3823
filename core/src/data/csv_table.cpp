#include "data/csv_table.h"

namespace mdd::data {
namespace {

bool isBlank(const CsvRecord& r) { return r.cells.size() == 1 && r.cells[0].empty(); }

}  // namespace

CsvTable parseCsv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  CsvRecord record;
  std::string cell;
  bool inQuotes = false;
  bool wasQuoted = false;  // the current cell opened with a quote
  int line = 1;
  record.line = 1;

  auto endCell = [&] {
    record.cells.push_back(std::move(cell));
    cell.clear();
    wasQuoted = false;
  };
  auto endRecord = [&] {
    endCell();
    if (!isBlank(record)) table.records.push_back(std::move(record));
    record = CsvRecord{};
    record.line = line;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inQuotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          inQuotes = false;
        }
      } else {
        if (c == '\n' || (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n'))) ++line;
        cell += c;
      }
      continue;
    }
    switch (c) {
      case '"':
        if (cell.empty() && !wasQuoted) {
          inQuotes = wasQuoted = true;
        } else {
          table.problems.push_back({record.line, "stray quote inside an unquoted field"});
          cell += c;
        }
        break;
      case ',':
        endCell();
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        [[fallthrough]];
      case '\n':
        ++line;
        endRecord();
        break;
      default:
        if (wasQuoted) {
          table.problems.push_back({record.line, "text after a closing quote"});
          wasQuoted = false;
        }
        cell += c;
    }
  }
  if (inQuotes) table.problems.push_back({record.line, "quoted field never closed"});
  if (!cell.empty() || !record.cells.empty() || wasQuoted) endRecord();
  return table;
}

}  // namespace mdd::data
