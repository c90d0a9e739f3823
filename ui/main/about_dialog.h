#pragma once
#include <QDialog>

namespace mdd { struct RuntimeInfo; }

namespace mddui {

// Shows the product, its version and the runtime facts core reports.
class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  AboutDialog(const mdd::RuntimeInfo& info, QWidget* parent = nullptr);
};

}  // namespace mddui
