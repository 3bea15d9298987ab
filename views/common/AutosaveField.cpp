#include "AutosaveField.h"

#include "common/Error.h"
#include "common/MessageBox.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

AutosaveField::AutosaveField(QPlainTextEdit* editor, QString title, Save saveText, QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_title(std::move(title))
    , m_save(std::move(saveText))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(SaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { save(false); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !m_record.isValid())
            return;
        m_text = m_editor->toPlainText();
        m_pending = true;
        m_timer->start();
    });
    m_editor->installEventFilter(this);
}

void AutosaveField::load(const QVariant& record, const QString& text, bool editable)
{
    save(true);
    m_record = record;
    m_text = text;
    m_pending = false;
    m_loading = true;
    m_editor->setPlainText(text);
    m_editor->setReadOnly(!editable);
    m_loading = false;
}

void AutosaveField::unload()
{
    load(QVariant(), QString(), false);
}

bool AutosaveField::flush()
{
    return save(false);
}

bool AutosaveField::save(bool leaving)
{
    m_timer->stop();
    if (!m_pending || m_saving)
        return !m_pending;
    // A message box shown by a refusal runs an event loop: it must not save the same text again meanwhile.
    m_saving = true;
    try {
        m_save(m_record, m_text);
        m_pending = false;
    } catch (const Error& error) {
        // Leaving the record replaces the text: the message keeps it, so it can still be copied.
        const QString kept =
            leaving ? tr("What you typed was not saved:") % u'\n' % m_text : tr("What you typed is kept in the field.");
        MessageBox::error(m_editor, m_title, error.message() % u"\n\n"_s % kept);
    }
    m_saving = false;
    return !m_pending;
}

bool AutosaveField::flushAll(const QObject* root)
{
    bool saved = true;
    for (AutosaveField* field : root->findChildren<AutosaveField*>())
        saved &= field->flush();
    return saved;
}

bool AutosaveField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace kansa
