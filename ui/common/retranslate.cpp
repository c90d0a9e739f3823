#include "common/retranslate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QWidget>

#include <utility>
#include <vector>

namespace mddui {
namespace {

// A QObject child of the widget: QWidget::event passes LanguageChange on to every child,
// widget or not, after the widget's own changeEvent.
class LanguageHook : public QObject {
 public:
  explicit LanguageHook(QWidget* owner) : QObject(owner) {
    setObjectName(QStringLiteral("mddLanguageHook"));
  }

  void add(const QString& key, std::function<void()> apply) {
    if (!key.isEmpty()) {
      for (auto& entry : entries_) {
        if (entry.first == key) {
          entry.second = std::move(apply);
          entry.second();
          return;
        }
      }
    }
    entries_.emplace_back(key, std::move(apply));
    entries_.back().second();
  }

  bool event(QEvent* event) override {
    if (event->type() == QEvent::LanguageChange) {
      // A copy: a function may register (and so replace) others while it runs.
      const auto entries = entries_;
      for (const auto& entry : entries) entry.second();
    }
    return QObject::event(event);
  }

 private:
  std::vector<std::pair<QString, std::function<void()>>> entries_;
};

LanguageHook* hookOf(QWidget* owner) {
  for (QObject* child : owner->children())
    if (auto* hook = dynamic_cast<LanguageHook*>(child)) return hook;
  return new LanguageHook(owner);
}

}  // namespace

void retranslate(QWidget* owner, std::function<void()> apply) {
  hookOf(owner)->add(QString(), std::move(apply));
}

void retranslate(QWidget* owner, const QString& key, std::function<void()> apply) {
  hookOf(owner)->add(key, std::move(apply));
}

void addFormRow(QFormLayout* form, QWidget* field) {
  auto* label = new QLabel;
  label->setBuddy(field);
  form->addRow(label, field);
}

QLabel* formLabel(QFormLayout* form, QWidget* field) {
  return qobject_cast<QLabel*>(form->labelForField(field));
}

void usePlotLocale(QWidget* plot) {
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  plot->setLocale(locale);
}

void setItemTexts(QComboBox* combo, const QStringList& texts) {
  for (int i = 0; i < texts.size() && i < combo->count(); ++i) combo->setItemText(i, texts[i]);
}

}  // namespace mddui
