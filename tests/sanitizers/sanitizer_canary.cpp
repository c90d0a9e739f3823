// A program with one deliberate bug per argument, built only in sanitizer builds: its ctest
// entries (tests/sanitizers/tests.cmake) pass when the sanitizer reports the bug, which
// proves that the suite's clean run under the `asan` preset means something, and that
// tests/sanitizers/lsan.supp does not hide a leak of ours.
#include <climits>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

// Opaque to the optimiser: the values come from the command line.
int heapOverflow(int index) {
  std::vector<int> values(4, 1);
  return values.data()[index];  // index 4: one past the end
}

int signedOverflow(int start) { return start + INT_MAX; }  // start 1

int* volatile lastAllocation = nullptr;  // keeps the compiler from removing the new

int leak(int size) {
  lastAllocation = new int[static_cast<unsigned>(size)];
  lastAllocation[0] = size;
  const int first = lastAllocation[0];
  lastAllocation = nullptr;  // the only pointer, gone
  return first;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: sanitizer_canary heap|signed|leak\n");
    return 2;
  }
  const int n = argc + 2;  // 4, unknown at compile time
  int result = 0;
  if (std::strcmp(argv[1], "heap") == 0) result = heapOverflow(n);
  else if (std::strcmp(argv[1], "signed") == 0) result = signedOverflow(n - 3);
  else if (std::strcmp(argv[1], "leak") == 0) result = leak(n);
  else return 2;
  std::printf("no report (%d)\n", result);
  return 0;
}
