#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lt::ui {
namespace {

QString g_current;
QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;

void removeTranslators()
{
    for (QTranslator **t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

} // namespace

QString LanguageManager::resolve(const QString &requested)
{
    const QString wanted = requested.trimmed().toLower();
    if (wanted.startsWith(u"zh"))
        return QStringLiteral("zh");
    if (wanted.startsWith(u"en"))
        return QStringLiteral("en");
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("zh");
}

bool LanguageManager::apply(const QString &language)
{
    const bool chinese = language == u"zh";
    // Set first: widgets that retranslate on the LanguageChange events ask for it.
    g_current = chinese ? QStringLiteral("zh") : QStringLiteral("en");
    removeTranslators();
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));

    g_ours = new QTranslator;
    const bool ok = g_ours->load(chinese ? QStringLiteral(":/i18n/logtriage_zh_CN.qm")
                                         : QStringLiteral(":/i18n/logtriage_en.qm"));
    if (ok)
        QCoreApplication::installTranslator(g_ours);
    if (chinese) {
        g_qt = new QTranslator;
        if (g_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    return ok;
}

QString LanguageManager::current()
{
    return g_current;
}

} // namespace lt::ui
