// SPDX-License-Identifier: Apache-2.0
// `slactl report` on the demo workspace: the CSV and JSON parsed back equal `slactl
// evaluate` over the same window (one truth), a correction changes the corrected figures
// and leaves the raw ones, and the PDF shows every figure on the right page (pdftotext),
// renders non-blank pages (pdftoppm) and embeds its fonts (pdffonts).
#include "core/alerting/alerthistory.h"
#include "tests/support/slactlrunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
using Run = Sla::TestSupport::SlactlResult<QString>;
using namespace Sla::Core;

const QString Demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString End = QStringLiteral("2025-01-31T00:00:00Z");
const QString Start = QStringLiteral("2025-01-01T00:00:00Z");

QProcessEnvironment cEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

Run slactl(const QStringList &args)
{
    Sla::TestSupport::SlactlOptions options;
    options.env = cEnvironment();
    options.timeoutMs = 180000;
    return Sla::TestSupport::runSlactl(args, options);
}

QStringList twoSlas()
{
    return {QStringLiteral("--sla"), QStringLiteral("fraud-detection-api"), QStringLiteral("--sla"),
            QStringLiteral("recommendation-api")};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The objectives of `slactl evaluate --format json` by "sla/objective".
QHash<QString, QJsonObject> evaluated(const QStringList &extra = {})
{
    const Run run = slactl(QStringList{QStringLiteral("evaluate"), Demo, QStringLiteral("--at"), End,
                                       QStringLiteral("--format"), QStringLiteral("json")} +
                           extra);
    QHash<QString, QJsonObject> out;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue s : root.value(QStringLiteral("slas")).toArray()) {
        for (const QJsonValue o : s.toObject().value(QStringLiteral("objectives")).toArray())
            out.insert(s.toObject().value(QStringLiteral("name")).toString() + u'/' +
                           o.toObject().value(QStringLiteral("name")).toString(),
                       o.toObject());
    }
    return out;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (ch == u'"')
                quoted = false;
            else
                field += ch;
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row << field;
            field.clear();
        } else if (ch == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (ch != u'\r') {
            field += ch;
        }
    }
    return rows;
}

/// The text of each page of a PDF, whitespace collapsed (wrapped lines joined).
QStringList pageTexts(const QString &pdf, int pages)
{
    QStringList out;
    for (int i = 1; i <= pages; ++i) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(i), QStringLiteral("-l"),
                                              QString::number(i), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        out << QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }
    return out;
}

int pageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    return re.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

QString pct(double v, int decimals)
{
    return QLocale::c().toString(v * 100.0, 'f', decimals) + QStringLiteral(" %");
}

/// The first page (1-based) whose text contains `needle` at or after page `from`; 0: none.
int pageWith(const QStringList &pages, const QString &needle, int from = 1)
{
    for (int i = from; i <= pages.size(); ++i) {
        if (pages.at(i - 1).contains(needle))
            return i;
    }
    return 0;
}

/// An alert history with the precision page firing during the demo's breach, acknowledged.
void writeHistory(const QString &path)
{
    Alerting::AlertHistory history(path);
    QVERIFY(history.open());
    const Alerting::AlertKey key{QStringLiteral("fraud-detection-api"), QStringLiteral("precision"),
                                 QStringLiteral("precision-drop")};
    Alerting::Transition firing;
    firing.key = key;
    firing.at = QDateTime::fromString(QStringLiteral("2025-01-22T07:20:00Z"), Qt::ISODate);
    firing.from = Alerting::AlertState::Pending;
    firing.to = Alerting::AlertState::Firing;
    firing.severity = AlertSeverity::Page;
    QVERIFY(history.record(Alerting::transitionEvent(firing)) > 0);
    const Alerting::Acknowledgement ack{QDateTime::fromString(QStringLiteral("2025-01-22T07:35:00Z"), Qt::ISODate),
                                        QStringLiteral("alice"), QStringLiteral("retraining on recent data")};
    QVERIFY(history.record(Alerting::ackEvent(key, AlertSeverity::Page, ack)) > 0);
}

} // namespace

class TestSlactlReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("SLACTL")));
        QVERIFY(m_dir.isValid());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("u.csv"));
        QTest::addRow("no output") << QStringList{Demo, QStringLiteral("--period"), QStringLiteral("2025-01")}
                                   << "-o FILE is required";
        QTest::addRow("bad extension") << QStringList{Demo, QStringLiteral("--period"), QStringLiteral("2025-01"),
                                                      QStringLiteral("-o"), QStringLiteral("x.txt")}
                                       << ".pdf, .csv or .json";
        QTest::addRow("both") << QStringList{Demo,
                                             QStringLiteral("--period"),
                                             QStringLiteral("2025-01"),
                                             QStringLiteral("--from"),
                                             Start,
                                             QStringLiteral("-o"),
                                             out}
                              << "either --from";
        QTest::addRow("bad period") << QStringList{Demo, QStringLiteral("--period"), QStringLiteral("2025-13"),
                                                   QStringLiteral("-o"), out}
                                    << "is not a period";
        QTest::addRow("bad zone") << QStringList{Demo,
                                                 QStringLiteral("--period"),
                                                 QStringLiteral("2025-01"),
                                                 QStringLiteral("--tz"),
                                                 QStringLiteral("Mars/Base"),
                                                 QStringLiteral("-o"),
                                                 out}
                                  << "is not a time zone";
        QTest::addRow("unknown sla") << QStringList{Demo,
                                                    QStringLiteral("--period"),
                                                    QStringLiteral("2025-01"),
                                                    QStringLiteral("--sla"),
                                                    QStringLiteral("nope"),
                                                    QStringLiteral("-o"),
                                                    out}
                                     << "no SLA 'nope'";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = slactl(QStringList{QStringLiteral("report")} + args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // One truth: each objective's figures in the report are `slactl evaluate`'s for the
    // same window (the demo's windows are 30 days; the period is the 30 days to End).
    void jsonEqualsEvaluate()
    {
        const QString path = m_dir.filePath(QStringLiteral("r.json"));
        const Run run = slactl(QStringList{QStringLiteral("report"), Demo, QStringLiteral("--from"),
                                           QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("--to"), End,
                                           QStringLiteral("-o"), path} +
                               twoSlas());
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject report = readJson(path);
        const QHash<QString, QJsonObject> expected = evaluated();
        int compared = 0;
        for (const QJsonValue s : report.value(QStringLiteral("slas")).toArray()) {
            for (const QJsonValue o : s.toObject().value(QStringLiteral("objectives")).toArray()) {
                const QString key = s.toObject().value(QStringLiteral("name")).toString() + u'/' +
                                    o.toObject().value(QStringLiteral("name")).toString();
                QVERIFY2(expected.contains(key), qPrintable(key));
                QCOMPARE(o.toObject().value(QStringLiteral("evaluation")).toObject(), expected.value(key));
                ++compared;
            }
        }
        QCOMPARE(compared, 8);
        QCOMPARE(report.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2025-01-01T00:00:00Z"));
    }

    void csvEqualsEvaluate()
    {
        const QString path = m_dir.filePath(QStringLiteral("r.csv"));
        const Run run =
            slactl(QStringList{QStringLiteral("report"), Demo, QStringLiteral("--period"), QStringLiteral("30d"),
                               QStringLiteral("--to"), End, QStringLiteral("-o"), path} +
                   twoSlas());
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(f.readAll());
        QVERIFY(rows.size() > 8);
        const QStringList header = rows.first();
        const auto col = [&](const QStringList &row, const char *name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };
        const QHash<QString, QJsonObject> expected = evaluated();
        const QHash<QString, QJsonObject> raw = evaluated({QStringLiteral("--no-corrections")});
        int periodRows = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            if (col(row, "row") != QLatin1String("period"))
                continue;
            ++periodRows;
            const QString key = col(row, "sla") + u'/' + col(row, "objective");
            const QJsonObject e = expected.value(key);
            QCOMPARE(col(row, "status"), e.value(QStringLiteral("status")).toString());
            QVERIFY2(std::abs(col(row, "sli").toDouble() - e.value(QStringLiteral("sli")).toDouble()) < 1e-11,
                     qPrintable(key));
            const double consumed =
                e.value(QStringLiteral("errorBudget")).toObject().value(QStringLiteral("consumed")).toDouble();
            QVERIFY(std::abs(col(row, "budget_consumed").toDouble() - consumed) < 1e-9 * std::max(1.0, consumed));
            if (key == QLatin1String("recommendation-api/availability")) {
                // The correction changes the corrected figures and leaves the raw ones:
                // raw_sli is what evaluate --no-corrections gives.
                QCOMPARE(col(row, "corrections"), QStringLiteral("recs-cache-upgrade"));
                QCOMPARE(col(row, "approved_by"), QStringLiteral("discovery-ml"));
                const double rawSli = raw.value(key).value(QStringLiteral("sli")).toDouble();
                QVERIFY(std::abs(col(row, "raw_sli").toDouble() - rawSli) < 1e-11);
                const double rawConsumed = raw.value(key)
                                               .value(QStringLiteral("errorBudget"))
                                               .toObject()
                                               .value(QStringLiteral("consumed"))
                                               .toDouble();
                QVERIFY(std::abs(col(row, "raw_budget_consumed").toDouble() - rawConsumed) < 1e-9);
                // The maintenance window had fewer errors than the rest: leaving it out
                // lowers the SLI a little, and the corrected figures are not the raw ones.
                QVERIFY(std::abs(col(row, "sli").toDouble() - rawSli) > 1e-8);
                QVERIFY(std::abs(col(row, "budget_consumed").toDouble() - rawConsumed) > 1e-5);
            } else {
                QVERIFY(col(row, "raw_sli").isEmpty());
            }
            if (key == QLatin1String("fraud-detection-api/precision")) {
                QVERIFY(col(row, "breaches").toInt() >= 1);
                QVERIFY(col(row, "breach_seconds").toLongLong() > 24 * 3600);
                QCOMPARE(col(row, "credit_row"), QStringLiteral("2"));
                QCOMPARE(col(row, "credit").toDouble(), 0.25);
            }
        }
        QCOMPARE(periodRows, 8);
    }

    // Issue 12: the roll-up weighs each SLA as its `weight` says (default 1): the overall
    // score is the weighted mean of the SLAs' scores (each the mean of its objectives'
    // share within target), and the JSON carries the weight.
    void rollUpFollowsTheSlaWeight()
    {
        QTemporaryDir ws;
        QDirIterator it(Demo, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = ws.filePath(QDir(Demo).relativeFilePath(file));
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QVERIFY(QFile::copy(file, target));
        }
        QFile fraud(ws.filePath(QStringLiteral("fraud-detection-api.yaml")));
        QVERIFY(fraud.open(QIODevice::ReadOnly));
        QByteArray text = fraud.readAll();
        fraud.close();
        QVERIFY(text.contains("\n  tier: tier-1\n"));
        text.replace("\n  tier: tier-1\n", "\n  tier: tier-1\n  weight: 3\n");
        QVERIFY(fraud.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fraud.write(text);
        fraud.close();

        const QString path = m_dir.filePath(QStringLiteral("weighted.json"));
        const Run run = slactl(QStringList{QStringLiteral("report"), ws.path(), QStringLiteral("--from"), Start,
                                           QStringLiteral("--to"), End, QStringLiteral("-o"), path} +
                               twoSlas());
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject report = readJson(path);
        double sum = 0;
        double weights = 0;
        double unweighted = 0;
        QHash<QString, double> weightOf;
        for (const QJsonValue s : report.value(QStringLiteral("slas")).toArray()) {
            double within = 0;
            int n = 0;
            for (const QJsonValue o : s.toObject().value(QStringLiteral("objectives")).toArray()) {
                const QJsonValue w = o.toObject().value(QStringLiteral("withinTarget"));
                if (w.isDouble()) {
                    within += w.toDouble();
                    ++n;
                }
            }
            QVERIFY(n > 0);
            const double weight = s.toObject().value(QStringLiteral("weight")).toDouble();
            weightOf.insert(s.toObject().value(QStringLiteral("name")).toString(), weight);
            sum += weight * within / n;
            weights += weight;
            unweighted += within / n / 2.0;
        }
        QCOMPARE(weightOf.value(QStringLiteral("fraud-detection-api")), 3.0);
        QCOMPARE(weightOf.value(QStringLiteral("recommendation-api")), 1.0);
        const double overall =
            report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble();
        QVERIFY(std::abs(overall - sum / weights) < 1e-12);
        QVERIFY2(std::abs(overall - unweighted) > 1e-4, "the demo's two SLAs score differently, so weights matter");
    }

    void historyAcknowledgement()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.db"));
        writeHistory(db);
        const QString path = m_dir.filePath(QStringLiteral("h.json"));
        const Run run = slactl({QStringLiteral("report"), Demo, QStringLiteral("--period"), QStringLiteral("2025-01"),
                                QStringLiteral("--sla"), QStringLiteral("fraud-detection-api"),
                                QStringLiteral("--history"), db, QStringLiteral("-o"), path});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray objectives = readJson(path)
                                          .value(QStringLiteral("slas"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QStringLiteral("objectives"))
                                          .toArray();
        bool found = false;
        for (const QJsonValue o : objectives) {
            if (o.toObject().value(QStringLiteral("name")).toString() != QLatin1String("precision"))
                continue;
            for (const QJsonValue b : o.toObject().value(QStringLiteral("breaches")).toArray()) {
                if (b.toObject().value(QStringLiteral("ackBy")).toString() == QLatin1String("alice")) {
                    QCOMPARE(b.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("page"));
                    QCOMPARE(b.toObject().value(QStringLiteral("ackNote")).toString(),
                             QStringLiteral("retraining on recent data"));
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void pdfShowsTheEngineFigures()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        const QString json = m_dir.filePath(QStringLiteral("p.json"));
        const QStringList args =
            QStringList{QStringLiteral("report"), Demo, QStringLiteral("--period"), QStringLiteral("30d"),
                        QStringLiteral("--to"),   End} +
            twoSlas();
        const Run run = slactl(args + QStringList{QStringLiteral("-o"), pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(slactl(args + QStringList{QStringLiteral("-o"), json}).code == 0, "json");
        const int pages = pageCount(pdf);
        QVERIFY(pages >= 3);
        const QStringList text = pageTexts(pdf, pages);
        QVERIFY(text.first().contains(QStringLiteral("SLA compliance report")));
        QVERIFY(text.first().contains(QStringLiteral("fraud-detection-api 25 %")));
        for (const QJsonValue sv : readJson(json).value(QStringLiteral("slas")).toArray()) {
            const QJsonObject s = sv.toObject();
            const int first = pageWith(text, QStringLiteral("(%1)").arg(s.value(QStringLiteral("name")).toString()), 2);
            QVERIFY(first >= 2);
            for (const QJsonValue ov : s.value(QStringLiteral("objectives")).toArray()) {
                const QJsonObject o = ov.toObject();
                const QJsonObject e = o.value(QStringLiteral("evaluation")).toObject();
                const QString name = o.value(QStringLiteral("name")).toString();
                const int page = pageWith(text, QStringLiteral("(%1):").arg(name), first);
                QVERIFY2(page >= first, qPrintable(name));
                const QString figures = QStringLiteral("attained %1; budget consumed %2")
                                            .arg(pct(e.value(QStringLiteral("sli")).toDouble(), 3),
                                                 pct(e.value(QStringLiteral("errorBudget"))
                                                         .toObject()
                                                         .value(QStringLiteral("consumed"))
                                                         .toDouble(),
                                                     1));
                QVERIFY2(text.at(page - 1).contains(figures), qPrintable(name + u' ' + figures));
                const int breaches = o.value(QStringLiteral("breaches")).toArray().size();
                const int breachPage = pageWith(text, QStringLiteral("Breaches: %1 breach").arg(breaches), page);
                QVERIFY2(breachPage >= page && breachPage <= page + 2, qPrintable(name));
            }
        }
        const int fraud = pageWith(text, QStringLiteral("(fraud-detection-api)"), 2);
        const int recs = pageWith(text, QStringLiteral("(recommendation-api)"), 2);
        const int credit = pageWith(text, QStringLiteral("Credit owed: 25 % of the period's fee"), fraud);
        QVERIFY(credit >= fraud && credit < recs);
        QVERIFY(text.at(credit - 1).contains(QStringLiteral("falls in row 2 of the schedule")));
        const int correction = pageWith(text, QStringLiteral("Correction excluded: recs-cache-upgrade"), recs);
        QVERIFY(correction >= recs);
        QVERIFY(text.at(correction - 1).contains(QStringLiteral("approved by discovery-ml")));
        for (int i = 1; i <= pages; ++i)
            QVERIFY2(text.at(i - 1).contains(QStringLiteral("Page %1 of %2").arg(i).arg(pages)),
                     qPrintable(QString::number(i)));
        m_pdf = pdf;
        m_pages = pages;
    }

    void pdfPagesRenderAndEmbedFonts()
    {
        QVERIFY(!m_pdf.isEmpty());
        QProcess toppm;
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        toppm.start(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("30"), m_pdf, prefix});
        QVERIFY(toppm.waitForFinished(120000));
        QCOMPARE(toppm.exitCode(), 0);
        const QStringList pgms = QDir(m_dir.path()).entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name);
        QCOMPARE(pgms.size(), m_pages);
        for (const QString &pgm : pgms) {
            QFile file(m_dir.filePath(pgm));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // Binary PGM: "P5", width, height, maxval, one byte per pixel.
            const QList<QByteArray> header = bytes.left(64).simplified().split(' ');
            QVERIFY(header.size() >= 4 && header.at(0) == "P5");
            const qsizetype pixels = header.at(1).toLongLong() * header.at(2).toLongLong();
            QVERIFY(pixels > 0 && bytes.size() >= pixels);
            const QByteArray data = bytes.right(pixels);
            qsizetype inked = 0;
            for (const char px : data)
                inked += quint8(px) < 200 ? 1 : 0;
            QVERIFY2(inked > 200, qPrintable(pgm)); // text and lines, not a blank page
        }
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {m_pdf});
        QVERIFY(fonts.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3); // header, rule, at least one font
        for (const QString &line : lines.mid(2)) {
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
    }

    // Issue 12: the contents link each SLA to its first page. Poppler's pdftohtml (an
    // independent reader) finds one link per SLA on page 1, to the page the contents name
    // and where the SLA's section starts; pdfinfo reads the file without a syntax error.
    void pdfContentsLinkToTheSlaPages()
    {
        QVERIFY(!m_pdf.isEmpty());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {m_pdf});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        QVERIFY2(info.readAllStandardError().trimmed().isEmpty(), "pdfinfo reports no error");
        QProcess html;
        const QString prefix = m_dir.filePath(QStringLiteral("links"));
        html.start(QStringLiteral("pdftohtml"),
                   {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-f"),
                    QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), m_pdf, prefix});
        QVERIFY(html.waitForFinished(60000));
        QCOMPARE(html.exitCode(), 0);
        QFile xml(prefix + QStringLiteral(".xml"));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(xml.readAll());
        const QStringList pages = pageTexts(m_pdf, m_pages);
        static const QRegularExpression link(QStringLiteral("<a href=\"[^\"#]*#(\\d+)\">([^<]*)</a>"));
        QHash<QString, int> target;
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            target.insert(m.captured(2).trimmed(), m.captured(1).toInt());
        }
        for (const QString &sla : {QStringLiteral("fraud-detection-api"), QStringLiteral("recommendation-api")}) {
            QVERIFY2(target.contains(sla), qPrintable(text));
            const int page = target.value(sla);
            QCOMPARE(page, pageWith(pages, QStringLiteral("(%1)").arg(sla), 2)); // where its section starts
            QCOMPARE(target.value(QString::number(page)), page);                 // the page number in the row links too
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    int m_pages = 0;
};

QTEST_GUILESS_MAIN(TestSlactlReport)
#include "tst_slactl_report.moc"
