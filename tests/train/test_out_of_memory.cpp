// Out-of-memory errors from LibTorch are recognised in one place (mdd/out_of_memory.h)
// and rewritten into a message that names the batch size and a smaller one to try;
// every other error passes through unchanged.
#include <new>

#include <QtTest>

#include <c10/util/Exception.h>
#include <torch/torch.h>

#include "mdd/out_of_memory.h"

namespace {

// What rethrowIfOutOfMemory makes of `error`: the OutOfMemoryError's message, or
// "<passed through>" when it returned (the caller then rethrows the original).
QString rewrite(const std::exception& error, const std::string& activity, int batch) {
  try {
    mdd::rethrowIfOutOfMemory(error, activity, batch);
  } catch (const mdd::OutOfMemoryError& e) {
    return QString::fromStdString(e.what());
  }
  return "<passed through>";
}

// c10 errors with `text`, thrown as LibTorch's TORCH_CHECK_WITH throws them.
c10::OutOfMemoryError c10OutOfMemory(const std::string& text) {
  try {
    TORCH_CHECK_WITH(OutOfMemoryError, false, text);
  } catch (const c10::OutOfMemoryError& e) {
    return e;
  }
  throw std::logic_error("TORCH_CHECK_WITH did not throw");
}

c10::Error c10Error(const std::string& text) {
  try {
    TORCH_CHECK(false, text);
  } catch (const c10::Error& e) {
    return e;
  }
  throw std::logic_error("TORCH_CHECK did not throw");
}

}  // namespace

class TestOutOfMemory : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void cudaCachingAllocatorError() {
    // The text LibTorch 1.13's CUDACachingAllocator throws, as c10::OutOfMemoryError.
    const auto e = c10OutOfMemory(
        "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity; "
        "5.12 GiB already allocated; 1.10 GiB free; 5.50 GiB reserved in total by PyTorch)");
    QVERIFY(mdd::isOutOfMemory(e));
    QCOMPARE(rewrite(e, "training", 16),
             QString("out of GPU memory at batch size 16 during training: lower the batch "
                     "size (--batch), e.g. to 8"));
  }
  void outOfMemoryTypeWithoutTheUsualText() {
    const auto e = c10OutOfMemory("allocation failed on device 1");
    QCOMPARE(rewrite(e, "inference", 8),
             QString("out of GPU memory at batch size 8 during inference: lower the batch "
                     "size (--batch), e.g. to 4"));
  }
  void cudaRuntimeAndLibraryErrorsAsPlainText() {
    for (const char* text :
         {"CUDA error: out of memory\nCUDA kernel errors might be asynchronously reported",
          "CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`",
          "cuDNN error: CUDNN_STATUS_ALLOC_FAILED"}) {
      const auto e = c10Error(text);
      QVERIFY2(mdd::isOutOfMemory(e), text);
      QVERIFY2(rewrite(e, "inference", 3).startsWith("out of GPU memory at batch size 3 "
                                                     "during inference: lower the batch size "
                                                     "(--batch), e.g. to 1"),
               text);
    }
    QVERIFY(mdd::isOutOfMemory(std::runtime_error("CUDA out of memory. Tried to allocate")));
  }
  void cpuMemory() {
    QCOMPARE(rewrite(std::bad_alloc(), "training", 32),
             QString("out of memory at batch size 32 during training: lower the batch size "
                     "(--batch), e.g. to 16"));
    const auto e = c10Error(
        "DefaultCPUAllocator: not enough memory: you tried to allocate 1099511627776 bytes.");
    QVERIFY(rewrite(e, "evaluation", 2).startsWith("out of memory at batch size 2 during "
                                                   "evaluation: lower the batch size"));
  }
  void realCpuAllocationFailure() {
    // An allocation no machine can satisfy (16 PiB): whatever LibTorch throws for it is
    // recognised.
    try {
      auto t = torch::empty({int64_t{1} << 52}, torch::kFloat32);
      QSKIP("this machine allocated 16 PiB lazily; nothing to test");
    } catch (const std::exception& e) {
      QVERIFY2(mdd::isOutOfMemory(e), e.what());
      QVERIFY(rewrite(e, "training", 4).contains("lower the batch size (--batch), e.g. to 2"));
    }
  }
  void batchOfOneSuggestsTheCpu() {
    const auto e = c10OutOfMemory("CUDA out of memory. Tried to allocate");
    const QString message = rewrite(e, "inference", 1);
    QVERIFY2(message.startsWith("out of GPU memory at batch size 1 during inference") &&
                 message.contains("--device cpu") && !message.contains("e.g. to 0"),
             qPrintable(message));
  }
  void otherErrorsPassThrough() {
    const auto shapes = c10Error(
        "Expected all tensors to be on the same device, but found at least two devices");
    QVERIFY(!mdd::isOutOfMemory(shapes));
    QCOMPARE(rewrite(shapes, "training", 16), QString("<passed through>"));
    QCOMPARE(rewrite(std::runtime_error("cannot read 'x.png': file is empty"), "inference", 8),
             QString("<passed through>"));
    // A file error that mentions memory is not an allocation failure.
    QVERIFY(!mdd::isOutOfMemory(std::runtime_error("'memory.csv': no such file")));
  }
};

QTEST_APPLESS_MAIN(TestOutOfMemory)
#include "test_out_of_memory.moc"
