#pragma once
// Runs the built `mddnet` CLI in a child process and captures what it printed.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mddtest {

struct CliResult {
  int exitCode = -1;
  QString out;
  QString err;
};

// `env` entries ("NAME=value") are added to this process's environment for the child.
inline CliResult runCli(const QStringList& args, int timeoutMs = 600000,
                        const QStringList& env = {}) {
  QProcess p;
  if (!env.isEmpty()) {
    auto e = QProcessEnvironment::systemEnvironment();
    for (const auto& entry : env) e.insert(entry.section('=', 0, 0), entry.section('=', 1));
    p.setProcessEnvironment(e);
  }
  p.start(QStringLiteral(MDD_CLI_PATH), args);
  CliResult r;
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    r.err = "timed out";
    return r;
  }
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

}  // namespace mddtest
