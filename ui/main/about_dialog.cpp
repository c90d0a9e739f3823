#include "main/about_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "mdd/runtime.h"

namespace mddui {

AboutDialog::AboutDialog(const mdd::RuntimeInfo& info, QWidget* parent) : QDialog(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(this);
  title->setWordWrap(true);
  layout->addWidget(title);

  auto* form = new QFormLayout;
  auto add = [&](const std::string& value) {
    auto* v = new QLabel(QString::fromStdString(value), this);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    addFormRow(form, v);
    return v;
  };
  QLabel* torch = add(info.torchVersion);
  QLabel* opencv = add(info.opencvVersion);
  QLabel* blas = add(info.blas);
  QLabel* cores = add(std::string());
  QLabel* threads = add(std::string());
  QLabel* cuda = add(info.cudaAvailable ? info.cudaDeviceName : std::string());
  QLabel* device = add(info.defaultDevice);
  QLabel* teachers = add(info.teacherDir);
  layout->addLayout(form);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  retranslate(this, [=] {
    setWindowTitle(tr("About MDD-Net Inspector"));
    title->setText(tr("<h2>MDD-Net Inspector %1</h2>"
                      "<p>Multi-class unsupervised anomaly detection with a "
                      "memory-augmented dual-decoder network.</p>")
                       .arg(QString::fromStdString(info.mddnetVersion)));
    formLabel(form, torch)->setText(tr("LibTorch:"));
    formLabel(form, opencv)->setText(tr("OpenCV:"));
    formLabel(form, blas)->setText(tr("BLAS:"));
    formLabel(form, cores)->setText(tr("CPU cores:"));
    formLabel(form, threads)->setText(tr("Torch threads:"));
    formLabel(form, cuda)->setText(tr("CUDA:"));
    formLabel(form, device)->setText(tr("Compute device:"));
    formLabel(form, teachers)->setText(tr("Teacher weights:"));
    cores->setText(QLocale().toString(info.cpuCores));
    threads->setText(QLocale().toString(info.intraOpThreads));
    if (!info.cudaAvailable) cuda->setText(tr("not available"));
  });
}

}  // namespace mddui
