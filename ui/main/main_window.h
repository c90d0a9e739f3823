#pragma once
#include <QMainWindow>

#include "mdd/runtime.h"

class QLabel;

namespace mddui {

// The Inspector's top-level window: menus, central views, status bar with the device.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);

  const mdd::RuntimeInfo& runtime() const { return runtime_; }
  void showAbout();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createMenus();
  void createCentralView();
  void createStatusBar();
  void restoreLayout();

  mdd::RuntimeInfo runtime_;
  QLabel* deviceLabel_ = nullptr;
};

}  // namespace mddui
