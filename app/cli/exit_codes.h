#pragma once
// Documented exit codes of the `mddnet` CLI (also listed by `mddnet --help`).
namespace mdd::cli {
enum ExitCode : int {
  kOk = 0,
  kFailure = 1,      // the job ran and failed (bad data, unreadable file, ...)
  kUsage = 2,        // bad command line: unknown option, missing argument, bad value
  kCancelled = 130,  // interrupted by Ctrl-C (a checkpoint is saved where applicable)
  kTerminated = 143, // stopped by SIGTERM, with the same clean exit as Ctrl-C
};
}  // namespace mdd::cli
