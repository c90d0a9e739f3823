#pragma once
// A small RFC 4180 CSV parser for dataset split files: quoted fields (with "" escapes and
// line breaks inside quotes), LF / CRLF / CR line ends, a UTF-8 byte-order mark, blank
// lines. Every record remembers the line it started on, so bad rows can be reported by it.
#include <string>
#include <string_view>
#include <vector>

namespace mdd::data {

struct CsvRecord {
  int line = 0;  // 1-based line number where the record starts
  std::vector<std::string> cells;
};

struct CsvProblem {
  int line = 0;
  std::string message;
};

struct CsvTable {
  std::vector<CsvRecord> records;  // the header is records[0]
  std::vector<CsvProblem> problems;
};

CsvTable parseCsv(std::string_view text);

}  // namespace mdd::data
