// Fuzz target: the CSV parser behind VisA's split files (mdd::data::parseCsv). It never
// throws; every record and problem carries a line number within the text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/csv_table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto table = mdd::data::parseCsv(text);
  const auto lines = 1 + std::count(text.begin(), text.end(), '\n') +
                     std::count(text.begin(), text.end(), '\r');
  int previous = 0;
  for (const auto& r : table.records) {
    if (r.line < 1 || r.line > lines || r.line < previous) __builtin_trap();
    previous = r.line;
  }
  for (const auto& p : table.problems)
    if (p.line < 0 || p.line > lines + 1) __builtin_trap();
  return 0;
}
