#include <QtTest>

#include <fstream>

#include <torch/torch.h>

#include "io/atomic_file.h"
#include "io/crc32.h"
#include "io/tensor_archive.h"
#include "test_paths.h"

using mdd::io::ArchiveError;
using mdd::io::TensorArchive;
using mdd::io::TensorArchiveWriter;

namespace {

std::string writeSample(const QString& dir) {
  const std::string path = (dir + "/sample.mdda").toStdString();
  TensorArchiveWriter w({{"kind", "fixture"}, {"note", "hello"}});
  w.add("a", torch::arange(12, torch::kFloat32).reshape({3, 4}));
  w.add("b", torch::tensor({int64_t{-5}, int64_t{7}}));
  w.add("c", torch::full({5}, 200, torch::kUInt8));
  w.write(path);
  return path;
}

std::vector<char> readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void writeAll(const std::string& path, const std::vector<char>& bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void expectError(const std::string& path, const char* fragment) {
  try {
    TensorArchive::open(path);
    QFAIL("no error");
  } catch (const ArchiveError& e) {
    const QString msg = e.what();
    QVERIFY2(msg.contains(QString::fromStdString(path)), qPrintable(msg));
    QVERIFY2(msg.contains(fragment), qPrintable(msg));
  }
}

}  // namespace

class TestTensorArchive : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void crcMatchesZlibCheckValue() {
    // The standard CRC-32 check value of "123456789".
    QCOMPARE(mdd::io::crc32(0, "123456789", 9), 0xCBF43926u);
    const uint32_t part = mdd::io::crc32(0, "1234", 4);
    QCOMPARE(mdd::io::crc32(part, "56789", 5), 0xCBF43926u);
  }
  void roundTrip() {
    const auto path = writeSample(mddtest::freshWorkDir("archive_roundtrip"));
    const auto a = TensorArchive::open(path);
    QCOMPARE(QString::fromStdString(a.kind()), QString("fixture"));
    QCOMPARE(QString::fromStdString(a.header()["note"].get<std::string>()), QString("hello"));
    QCOMPARE(a.names().size(), size_t{3});
    QVERIFY(torch::equal(a.tensor("a"), torch::arange(12, torch::kFloat32).reshape({3, 4})));
    QCOMPARE(a.tensor("b")[0].item<int64_t>(), int64_t{-5});
    QCOMPARE(a.tensor("c").sum().item<int64_t>(), int64_t{1000});
    // Tensor data is 64-byte aligned.
    for (const auto& t : a.header()["tensors"]) QCOMPARE(t["offset"].get<uint64_t>() % 64, uint64_t{0});
  }
  void rejectsDamage_data() {
    QTest::addColumn<int>("cutOrFlip");  // >0: truncate to that many bytes; <0: flip byte at -x
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << 1 << "wrong magic";
    QTest::newRow("truncated header") << 40 << "truncated header";
    QTest::newRow("flipped magic") << -2 << "wrong magic";
    QTest::newRow("flipped version") << -8 << "version";
    QTest::newRow("flipped header") << -30 << "header checksum";
  }
  void rejectsDamage() {
    QFETCH(int, cutOrFlip);
    QFETCH(QString, fragment);
    const auto path = writeSample(mddtest::freshWorkDir("archive_damage"));
    auto bytes = readAll(path);
    if (cutOrFlip > 0) bytes.resize(static_cast<size_t>(cutOrFlip) - 1);
    else bytes[static_cast<size_t>(-cutOrFlip)] ^= 0x5A;
    writeAll(path, bytes);
    expectError(path, fragment.toUtf8().constData());
  }
  void rejectsTruncatedAndCorruptData() {
    const auto path = writeSample(mddtest::freshWorkDir("archive_data"));
    auto bytes = readAll(path);
    auto cut = bytes;
    cut.resize(bytes.size() - 10);
    writeAll(path, cut);
    expectError(path, "truncated");
    bytes[bytes.size() - 70] ^= 0x01;
    writeAll(path, bytes);
    expectError(path, "data checksum");
  }
  void missingFileAndWrongKind() {
    expectError("/nonexistent/x.mdda", "missing");
    const auto a = TensorArchive::open(writeSample(mddtest::freshWorkDir("archive_kind")));
    QVERIFY_THROWS_EXCEPTION(ArchiveError, a.expectKind("mddnet-model"));
    QVERIFY_THROWS_EXCEPTION(ArchiveError, a.tensor("nope"));
  }
  void rewriteMetadataKeepsTensors() {
    const auto path = writeSample(mddtest::freshWorkDir("archive_rewrite"));
    mdd::io::rewriteArchiveMetadata(path, {{"kind", "fixture"}, {"note", "changed"}, {"x", 3}});
    const auto a = TensorArchive::open(path);
    QCOMPARE(QString::fromStdString(a.header()["note"].get<std::string>()), QString("changed"));
    QVERIFY(torch::equal(a.tensor("a"), torch::arange(12, torch::kFloat32).reshape({3, 4})));
  }
  void failedWriteLeavesOldFile() {
    const QString dir = mddtest::freshWorkDir("archive_atomic");
    const std::string path = (dir + "/keep.txt").toStdString();
    mdd::io::writeFileAtomically(path, "old");
    try {
      mdd::io::writeFileAtomically((dir + "/no/such/folder/f.txt").toStdString(), "x");
      QFAIL("no error");
    } catch (const std::runtime_error& e) {
      QVERIFY(QString(e.what()).contains("no/such/folder/f.txt"));
    }
    {
      mdd::io::AtomicFileWriter w(path);
      w.write("new-but-abandoned", 17);
      // destroyed without commit(): the old content must stay, no temp file left
    }
    const auto bytes = readAll(path);
    QCOMPARE(std::string(bytes.begin(), bytes.end()), std::string("old"));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);
  }
};

QTEST_APPLESS_MAIN(TestTensorArchive)
#include "test_tensor_archive.moc"
