#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>

class QPlainTextEdit;
class QTimer;

namespace kansa {

// A text field that saves itself, bound to the record it was loaded for. What is typed is pending for that
// record and is saved onto it — after a pause in typing, when the field loses focus, before another record is
// loaded, and on flush() (called before navigation, dialogs and closing) — never onto whatever record is
// current by then. Every autosaving field of the application is one of these.
class AutosaveField final : public QObject
{
    Q_OBJECT

public:
    // Saves text onto record; throws kansa::Error when refused. The text stays pending then, and the
    // refusal is shown with the title given.
    using Save = std::function<void(const QVariant& record, const QString& text)>;

    AutosaveField(QPlainTextEdit* editor, QString title, Save save, QObject* parent);

    // Saves what is pending for the current record, then shows text for record (read-only unless editable).
    void load(const QVariant& record, const QString& text, bool editable);
    // Saves what is pending, then shows nothing and binds the field to no record.
    void unload();
    // Saves the pending text onto its record now. True when nothing is pending any more.
    bool flush();

    QVariant record() const { return m_record; }
    bool isPending() const { return m_pending; }

    // The pause in typing after which the text saves itself.
    static constexpr int SaveDelayMs = 1500;

    // Saves every autosaving field under root (a window or page) — before it closes or its data goes.
    static bool flushAll(const QObject* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool save(bool leaving);

    QPlainTextEdit* m_editor;
    QString m_title;
    Save m_save;
    QTimer* m_timer;
    QVariant m_record;
    QString m_text; // what the field holds for m_record: saving needs no editor
    bool m_pending = false;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace kansa
