// SPDX-License-Identifier: Apache-2.0
#include "core/document/yamlsupport.h"
#include "core/exchange/loader.h"

#include <QTest>

using namespace Sla::Core;

class TestYamlSupport : public QObject
{
    Q_OBJECT
private slots:
    void nearestName_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::addRow("transposed letters") << "tagret"
                                            << "target";
        QTest::addRow("missing letter") << "objectves"
                                        << "objectives";
        QTest::addRow("case only") << "datasource"
                                   << "dataSource";
        QTest::addRow("nothing close") << "frobnicate"
                                       << "";
    }
    void nearestName()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const QStringList known{QStringLiteral("target"), QStringLiteral("objectives"), QStringLiteral("dataSource"),
                                QStringLiteral("window"), QStringLiteral("tier")};
        QCOMPARE(Yaml::nearestName(word, known), expected);
    }

    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("target") << 0.9995 << "0.9995";
        QTest::addRow("factor") << 14.4 << "14.4";
        QTest::addRow("integer") << 3.0 << "3";
        QTest::addRow("tiny") << 1e-9 << "1e-09";
        QTest::addRow("one third") << 1.0 / 3 << "0.3333333333333333";
    }
    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(Yaml::formatNumber(value), text);
        QCOMPARE(text.toDouble(), value);
    }

    void parseTimestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochSeconds");
        QTest::addRow("utc") << "2025-01-01T00:00:00Z" << qint64(1735689600);
        QTest::addRow("offset") << "2025-01-01T01:00:00+01:00" << qint64(1735689600);
        QTest::addRow("fraction") << "2025-01-01T00:00:00.500Z" << qint64(1735689600);
        QTest::addRow("openslo space form") << "2022-01-01 12:00:00" << qint64(1641038400);
        QTest::addRow("garbage") << "yesterday" << qint64(-1);
    }
    void parseTimestamp()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochSeconds);
        const QDateTime dt = Yaml::parseTimestamp(text);
        if (epochSeconds < 0) {
            QVERIFY(!dt.isValid());
            return;
        }
        QVERIFY(dt.isValid());
        QCOMPARE(dt.toSecsSinceEpoch(), epochSeconds);
    }

    void mapReader_reportsUnknownAndDuplicateKeys()
    {
        const YAML::Node node = YAML::Load("name: a\ntagret: 0.9\nname: b\n");
        Diagnostics diags;
        Yaml::Context ctx(QStringLiteral("f.yaml"), &diags);
        Yaml::MapReader m(ctx, node, QStringLiteral("objective"), {QStringLiteral("name"), QStringLiteral("target")});
        QCOMPARE(diags.size(), 2);
        QCOMPARE(diags.at(0).toString(),
                 QStringLiteral("f.yaml:2:1: error: unknown field 'tagret' in objective; did you mean 'target'?"));
        QCOMPARE(diags.at(1).toString(), QStringLiteral("f.yaml:3:1: error: field 'name' is given twice in objective"));
        QCOMPARE(m.string(QStringLiteral("name")).value_or(QString()), QStringLiteral("a"));
    }

    void mapReader_typeErrorsPointAtTheValue()
    {
        const YAML::Node node = YAML::Load("target: high\nwindow: 30x\nlist: [1, 2]\n");
        Diagnostics diags;
        Yaml::Context ctx(QStringLiteral("f.yaml"), &diags);
        Yaml::MapReader m(
            ctx, node, QStringLiteral("objective"),
            {QStringLiteral("target"), QStringLiteral("window"), QStringLiteral("list"), QStringLiteral("name")});
        QVERIFY(!m.number(QStringLiteral("target")));
        QVERIFY(!m.duration(QStringLiteral("window")));
        QVERIFY(!m.string(QStringLiteral("list")));
        QVERIFY(!m.string(QStringLiteral("name"), Yaml::Need::Required));
        QCOMPARE(diags.size(), 4);
        QCOMPARE(diags.at(0).toString(),
                 QStringLiteral("f.yaml:1:9: error: field 'target' of objective must be a number, got 'high'"));
        QVERIFY(diags.at(1).toString().startsWith(QStringLiteral("f.yaml:2:9: error: field 'window' of objective: ")));
        QCOMPARE(diags.at(2).toString(),
                 QStringLiteral("f.yaml:3:7: error: field 'list' of objective must be text, got a list"));
        QCOMPARE(diags.at(3).toString(),
                 QStringLiteral("f.yaml:1:1: error: objective is missing the required field 'name'"));
    }

    // yaml-cpp 0.7 returns empty documents forever on these (LoadAll never returns).
    void loadAll_stuckParser_throwsWhereItStuck_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");   // 1-based
        QTest::addColumn<int>("column"); // 1-based
        QTest::addRow("a lone comma") << QByteArray(",") << 1 << 1;
        QTest::addRow("JSON with a trailing comma") << QByteArray("{\"a\": 1},") << 1 << 9;
        QTest::addRow("after a good document") << QByteArray("a: 1\n---\n,") << 3 << 1;
        QTest::addRow("behind a separator") << QByteArray("- x\n--- ,\n") << 2 << 5;
    }
    void loadAll_stuckParser_throwsWhereItStuck()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        try {
            Yaml::loadAll(text.toStdString());
            QFAIL("no exception");
        } catch (const YAML::ParserException &e) {
            QCOMPARE(e.mark.line + 1, line);
            QCOMPARE(e.mark.column + 1, column);
            QCOMPARE(QString::fromStdString(e.msg), QStringLiteral("the YAML parser cannot read on from here"));
        }
    }
    void loadAll_readsEveryDocument()
    {
        QCOMPARE(Yaml::loadAll("").size(), size_t(0));
        const std::vector<YAML::Node> docs = Yaml::loadAll("---\n---\na: 1\n---\n[1, 2]\n");
        QCOMPARE(docs.size(), size_t(3));
        QVERIFY(docs.at(0).IsNull());
        QCOMPARE(docs.at(1)["a"].as<int>(), 1);
        QCOMPARE(docs.at(2).size(), size_t(2));
    }
    void loader_stuckParser_isASyntaxErrorWithPosition()
    {
        // A .yaml file reaches yaml-cpp; a .json file is refused first as not strict JSON.
        const LoadResult result = DocumentLoader::loadData("{\"data\": []},", QStringLiteral("slos.yaml"));
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.at(0).toString(),
                 QStringLiteral("slos.yaml:1:13: error: YAML syntax error: the YAML parser cannot read on from here"));
        const LoadResult json = DocumentLoader::loadData("{\"data\": []},", QStringLiteral("slos.json"));
        QCOMPARE(json.diagnostics.size(), 1);
        QVERIFY(json.diagnostics.at(0).toString().startsWith(QStringLiteral("slos.json:1:14: error: not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestYamlSupport)
#include "tst_yamlsupport.moc"
