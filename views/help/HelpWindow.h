#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace kansa {

// The user guide (Help > User guide, F1): the pages compiled in under :/help/guide/<language>/, a contents
// list on the left, the page on the right, Back and Forward. It shows the guide in the language the application
// speaks (the setting, or --lang) and follows a change of language.
class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The pages in the order of the contents, as file names ("year.html", ...); the same in every language.
    static QStringList pages();
    static QUrl pageUrl(const QString& language, const QString& page);
    // The page's <title>, read from the compiled-in file; empty when there is no such page.
    static QString pageTitle(const QString& language, const QString& page);

    QString language() const { return m_language; }
    // Shows the guide in "ja" or "en"; the page shown stays the same.
    void setLanguage(const QString& language);
    void showPage(const QString& page);
    QString currentPage() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillContents();
    void sourceChanged(const QUrl& url);

    QString m_language;
    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_home = nullptr;
};

} // namespace kansa
