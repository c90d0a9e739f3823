#include "main/about_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "mdd/runtime.h"

namespace mddui {

AboutDialog::AboutDialog(const mdd::RuntimeInfo& info, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("About MDD-Net Inspector"));
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(tr("<h2>MDD-Net Inspector %1</h2>"
                              "<p>Multi-class unsupervised anomaly detection with a "
                              "memory-augmented dual-decoder network.</p>")
                               .arg(QString::fromStdString(info.mddnetVersion)));
  title->setWordWrap(true);
  layout->addWidget(title);

  auto* form = new QFormLayout;
  auto add = [&](const QString& label, const std::string& value) {
    auto* v = new QLabel(QString::fromStdString(value));
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    form->addRow(label, v);
  };
  add(tr("LibTorch:"), info.torchVersion);
  add(tr("OpenCV:"), info.opencvVersion);
  add(tr("BLAS:"), info.blas);
  add(tr("CPU cores:"), std::to_string(info.cpuCores));
  add(tr("Torch threads:"), std::to_string(info.intraOpThreads));
  add(tr("CUDA:"), info.cudaAvailable ? info.cudaDeviceName : tr("not available").toStdString());
  add(tr("Compute device:"), info.defaultDevice);
  add(tr("Teacher weights:"), info.teacherDir);
  layout->addLayout(form);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

}  // namespace mddui
