#pragma once
// A real full disk for fault tests: a tmpfs of a few kilobytes mounted on a scratch folder.
// Mounting needs root (CAP_SYS_ADMIN); where it is refused, available() is false and the
// test skips its real-disk part (the injected-fault tests still run everywhere).
#include <sys/mount.h>

#include <QDir>
#include <QString>

namespace mddtest {

class SmallDisk {
 public:
  SmallDisk(const QString& folder, qint64 bytes) : folder_(folder) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    mounted_ = ::mount("tmpfs", folder.toLocal8Bit().constData(), "tmpfs", 0,
                       options.constData()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(folder_.toLocal8Bit().constData(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;
  bool available() const { return mounted_; }
  const QString& folder() const { return folder_; }

 private:
  QString folder_;
  bool mounted_ = false;
};

}  // namespace mddtest
