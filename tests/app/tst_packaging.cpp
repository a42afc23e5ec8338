// The Linux desktop integration: packaging/linux/logtriage.desktop and the metainfo say what
// the program really does, the window icon loads from the embedded PNGs at every size, and
// `cmake --install` lays the files out where a desktop (and the .deb) expects them.
#include "main/appicon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QMap>
#include <QPixmap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// A desktop entry file as groups of key=value lines (Desktop Entry Specification 1.5).
struct DesktopEntry {
    QStringList groups;                              // in file order
    QMap<QString, QMap<QString, QString>> values;    // group -> key -> value
    QStringList errors;                              // duplicates, lines outside groups, junk
};

DesktopEntry parseDesktopEntry(const QByteArray &bytes)
{
    DesktopEntry entry;
    QString group;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            if (entry.groups.contains(group))
                entry.errors << QStringLiteral("line %1: group [%2] twice").arg(i + 1).arg(group);
            entry.groups << group;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (group.isEmpty() || eq <= 0) {
            entry.errors << QStringLiteral("line %1: not a key=value line in a group: %2").arg(i + 1).arg(line);
            continue;
        }
        const QString key = line.left(eq).trimmed();
        if (entry.values[group].contains(key))
            entry.errors << QStringLiteral("line %1: key %2 twice in [%3]").arg(i + 1).arg(key, group);
        entry.values[group].insert(key, line.mid(eq + 1).trimmed());
    }
    return entry;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(LT_SOURCE_DIR "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The built GUI's --help output: what the launcher's Exec lines may pass it.
QString guiHelp()
{
    QProcess p;
    p.start(QStringLiteral(LT_GUI_PATH), {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_desktop = parseDesktopEntry(readAll(sourcePath(QStringLiteral("packaging/linux/logtriage.desktop"))));
        QVERIFY2(!m_desktop.groups.isEmpty(), "packaging/linux/logtriage.desktop is missing or empty");
    }

    void desktopFileIsWellFormed()
    {
        QVERIFY2(m_desktop.errors.isEmpty(), qPrintable(m_desktop.errors.join(u'\n')));
        QCOMPARE(m_desktop.groups.first(), QStringLiteral("Desktop Entry"));
        // Keys of the specification only: a typo ("Catagories") is silently ignored by desktops.
        static const QStringList known = {
            QStringLiteral("Type"), QStringLiteral("Version"), QStringLiteral("Name"), QStringLiteral("GenericName"),
            QStringLiteral("Comment"), QStringLiteral("Icon"), QStringLiteral("Exec"), QStringLiteral("TryExec"),
            QStringLiteral("Terminal"), QStringLiteral("Categories"), QStringLiteral("Keywords"),
            QStringLiteral("StartupNotify"), QStringLiteral("StartupWMClass"), QStringLiteral("Actions"),
            QStringLiteral("MimeType"), QStringLiteral("NoDisplay")};
        const auto main = m_desktop.values.value(QStringLiteral("Desktop Entry"));
        for (auto it = main.cbegin(); it != main.cend(); ++it) {
            const QString base = it.key().section(u'[', 0, 0);
            QVERIFY2(known.contains(base), qPrintable(it.key()));
            if (base != it.key()) {   // a localized key needs its untranslated one
                QVERIFY2(main.contains(base), qPrintable(it.key()));
                QVERIFY2(it.key().endsWith(u']'), qPrintable(it.key()));
            }
        }
    }

    void desktopFileHasTheExpectedKeys()
    {
        const auto main = m_desktop.values.value(QStringLiteral("Desktop Entry"));
        QCOMPARE(main.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(main.value(QStringLiteral("Name")), QStringLiteral("LogTriage"));
        QVERIFY(main.value(QStringLiteral("Name[zh_CN]")).contains(QStringLiteral("日志")));
        QVERIFY(!main.value(QStringLiteral("Comment")).isEmpty());
        QVERIFY(main.value(QStringLiteral("Comment[zh_CN]")).contains(QStringLiteral("收集")));
        QCOMPARE(main.value(QStringLiteral("Icon")), QStringLiteral("logtriage"));   // a theme name, no path
        QCOMPARE(main.value(QStringLiteral("Terminal")), QStringLiteral("false"));
        const QStringList categories = main.value(QStringLiteral("Categories")).split(u';');
        QVERIFY(categories.contains(QStringLiteral("System")));
        QVERIFY(categories.contains(QStringLiteral("Utility")));
        QVERIFY2(main.value(QStringLiteral("Categories")).endsWith(u';'), "lists end with ';'");
        // Zip files belong to the archive manager: LogTriage must not claim them by default.
        QVERIFY2(!main.value(QStringLiteral("MimeType")).contains(QStringLiteral("zip")),
                 qPrintable(main.value(QStringLiteral("MimeType"))));
    }

    // "Open with LogTriage" passes files as arguments: the program must accept them, and the
    // desktop action's option must exist.
    void execLinesMatchTheProgramsCommandLine()
    {
        const auto main = m_desktop.values.value(QStringLiteral("Desktop Entry"));
        QCOMPARE(main.value(QStringLiteral("Exec")), QStringLiteral("logtriage %F"));
        QCOMPARE(main.value(QStringLiteral("TryExec")), QStringLiteral("logtriage"));

        const QString help = guiHelp();
        QVERIFY2(help.contains(QStringLiteral("[FILE...]")), qPrintable(help));

        const QStringList actions = main.value(QStringLiteral("Actions")).split(u';', Qt::SkipEmptyParts);
        QVERIFY(!actions.isEmpty());
        for (const QString &action : actions) {
            const auto group = m_desktop.values.value(QStringLiteral("Desktop Action ") + action);
            QVERIFY2(!group.isEmpty(), qPrintable(action));
            QVERIFY(!group.value(QStringLiteral("Name")).isEmpty());
            QVERIFY(!group.value(QStringLiteral("Name[zh_CN]")).isEmpty());
            const QStringList exec = group.value(QStringLiteral("Exec")).split(u' ', Qt::SkipEmptyParts);
            QVERIFY(exec.size() >= 2);
            QCOMPARE(exec.first(), QStringLiteral("logtriage"));
            for (const QString &arg : exec.mid(1))
                if (arg.startsWith(QStringLiteral("--")))
                    QVERIFY2(help.contains(arg), qPrintable(arg + QStringLiteral(" not in --help")));
        }
    }

    void metainfoPointsAtTheDesktopFile()
    {
        QXmlStreamReader xml(readAll(sourcePath(QStringLiteral("packaging/linux/logtriage.metainfo.xml"))));
        QString id, launchable;
        QStringList binaries;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"id")
                id = xml.readElementText();
            else if (xml.name() == u"launchable")
                launchable = xml.readElementText();
            else if (xml.name() == u"binary")
                binaries << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, QStringLiteral("logtriage"));
        QCOMPARE(launchable, QStringLiteral("logtriage.desktop"));
        QCOMPARE(binaries, QStringList({QStringLiteral("logtriage"), QStringLiteral("logtriage-cli")}));
    }

    void applicationIconHasEverySize()
    {
        const QIcon icon = lt::ui::applicationIcon();
        QVERIFY(!icon.isNull());
        QList<int> sizes;
        for (const QSize &s : icon.availableSizes()) {
            QCOMPARE(s.width(), s.height());
            sizes << s.width();
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, lt::ui::applicationIconSizes());
        QCOMPARE(sizes, QList<int>({16, 32, 48, 64, 128, 256}));

        for (int size : sizes) {
            const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // Drawn, not blank: the page's white and the failing line's red are both there.
            bool white = false, red = false;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    white |= c.alpha() == 255 && c.red() > 245 && c.green() > 245 && c.blue() > 245;
                    red |= c.alpha() == 255 && c.red() > 200 && c.green() < 80 && c.blue() < 80;
                }
            QVERIFY2(white && red, qPrintable(QStringLiteral("%1 px: white %2, red %3").arg(size).arg(white).arg(red)));
        }
    }

    // 16 px comes from the pixel-aligned variant (logtriage-16.svg): its red line is crisp.
    void smallestIconIsPixelAligned()
    {
        const QImage image = lt::ui::applicationIcon().pixmap(QSize(16, 16), 1.0).toImage();
        for (int x = 3; x < 7; ++x)
            QCOMPARE(QColor::fromRgba(image.pixel(x, 7)).name(QColor::HexArgb), QStringLiteral("#ffe0382f"));
        QCOMPARE(QColor::fromRgba(image.pixel(3, 6)).name(QColor::HexArgb), QStringLiteral("#ffffffff"));
    }

    // The embedded PNGs are the committed ones (nothing stale in the resource).
    void embeddedIconsMatchTheSourceTree()
    {
        for (int size : lt::ui::applicationIconSizes()) {
            const QString rel = QStringLiteral("icons/hicolor/%1x%1/logtriage.png").arg(size);
            const QByteArray embedded = readAll(QStringLiteral(":/") + rel);
            QVERIFY2(!embedded.isEmpty(), qPrintable(rel));
            QCOMPARE(embedded, readAll(sourcePath(QStringLiteral("resources/") + rel)));
        }
    }

    // What the .deb is made of: `cmake --install` into a scratch prefix gives the layout the
    // desktop looks in, and the installed CLI runs.
    void installLaysOutTheDesktopFiles()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("the desktop files are installed on Linux/BSD only (cmake/LogTriagePackaging.cmake)");
#endif
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(QStringLiteral(LT_CMAKE_COMMAND),
                      {QStringLiteral("--install"), QStringLiteral(LT_BUILD_DIR), QStringLiteral("--prefix"), prefix.path()});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitCode() == 0, install.readAll().constData());

        const QDir root(prefix.path());
        QStringList expected = {
            QStringLiteral("bin/logtriage"), QStringLiteral("bin/logtriage-cli"),
            QStringLiteral("share/applications/logtriage.desktop"),
            QStringLiteral("share/metainfo/logtriage.metainfo.xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/logtriage.svg"),
            QStringLiteral("share/doc/logtriage/README.md"),
            QStringLiteral("share/doc/logtriage/packaging.md")};
        for (int size : lt::ui::applicationIconSizes())
            expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/logtriage.png").arg(size);
        for (const QString &rel : expected)
            QVERIFY2(QFileInfo::exists(root.filePath(rel)), qPrintable(rel));
        QVERIFY(QFileInfo(root.filePath(QStringLiteral("bin/logtriage"))).isExecutable());
        QCOMPARE(readAll(root.filePath(QStringLiteral("share/applications/logtriage.desktop"))),
                 readAll(sourcePath(QStringLiteral("packaging/linux/logtriage.desktop"))));

        QProcess cli;
        cli.start(root.filePath(QStringLiteral("bin/logtriage-cli")), {QStringLiteral("--version")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().startsWith("logtriage-cli " LT_VERSION));
    }

private:
    DesktopEntry m_desktop;
};

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
