#pragma once
// A small command-line parser shared by the subcommands: `--name value`, `--name=value`,
// boolean `--flag`, and positional arguments. Unknown options are errors.
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace mdd::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // `valued` options take a value, `flags` do not.
  Args(const std::vector<std::string>& argv, const std::set<std::string>& valued,
       const std::set<std::string>& flags);

  bool has(const std::string& name) const;
  std::string get(const std::string& name, const std::string& fallback = {}) const;
  std::vector<std::string> getAll(const std::string& name) const;
  int getInt(const std::string& name, int fallback) const;
  double getDouble(const std::string& name, double fallback) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

}  // namespace mdd::cli
