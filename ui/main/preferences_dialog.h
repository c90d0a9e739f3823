#pragma once
// Settings > Preferences: the user interface language, chosen from the languages the
// application ships, each shown in its own words, or the system's. A choice is stored and
// applied at once: every open window changes language without a restart.
#include <QDialog>

class QComboBox;
class QLabel;

namespace mddui {

class PreferencesDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PreferencesDialog(QWidget* parent = nullptr);

  QComboBox* languageCombo() const { return language_; }

 private:
  QComboBox* language_ = nullptr;
  QLabel* note_ = nullptr;
};

}  // namespace mddui
