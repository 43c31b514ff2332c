// SPDX-License-Identifier: Apache-2.0
// Minimal-edit saving: each edit changes only the bytes of the value it changes.
#include "core/document/yamlpatch.h"

#include <QTest>

using namespace Sla::Core;

namespace {

const QByteArray kText = "# header comment\n"
                         "apiVersion: sladesk/v1\n"
                         "kind: SLA\n"
                         "metadata: {name: a}\n"
                         "spec:\n"
                         "  service: svc   # the service\n"
                         "  owner: 'team x'\n"
                         "  window:\n"
                         "    calendar: month\n"
                         "    timeZone: UTC\n"
                         "  objectives:\n"
                         "    - name: one\n"
                         "      target: 0.95 # keep me\n"
                         "    # about two\n"
                         "    - name: two\n"
                         "      target: 0.9\n"
                         "  notify: [desktop, {webhook: 'http://x'}]\n"
                         "---\n"
                         "apiVersion: sladesk/v1\n"
                         "kind: SLA\n"
                         "metadata:\n"
                         "  name: b\n"
                         "spec:\n"
                         "  service: other\n";

const DocumentKey kA{QStringLiteral("SLA"), QStringLiteral("a")};
const DocumentKey kB{QStringLiteral("SLA"), QStringLiteral("b")};

QStringList P(const QByteArray &path)
{
    return QString::fromUtf8(path).split(QLatin1Char('.'));
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    Q_ASSERT(at >= 0);
    return text.replace(at, from.size(), to);
}

} // namespace

class TestYamlPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setValue_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addRow("target keeps its comment")
            << QByteArray("a") << QByteArray("spec.objectives.0.target") << QByteArray("0.99")
            << QByteArray("0.95 # keep me") << QByteArray("0.99 # keep me");
        QTest::addRow("plain before a comment") << QByteArray("a") << QByteArray("spec.service") << QByteArray("fraud")
                                                << QByteArray("svc   #") << QByteArray("fraud   #");
        QTest::addRow("quoted") << QByteArray("a") << QByteArray("spec.owner") << QByteArray("ops")
                                << QByteArray("'team x'") << QByteArray("ops");
        QTest::addRow("flow mapping value") << QByteArray("a") << QByteArray("metadata.name") << QByteArray("a")
                                            << QByteArray("{name: a}") << QByteArray("{name: a}");
        QTest::addRow("add to a flow mapping")
            << QByteArray("a") << QByteArray("metadata.displayName") << QByteArray("A") << QByteArray("{name: a}")
            << QByteArray("{name: a, displayName: A}");
        QTest::addRow("block value to a scalar")
            << QByteArray("a") << QByteArray("spec.window") << QByteArray("30d")
            << QByteArray("window:\n    calendar: month\n    timeZone: UTC\n") << QByteArray("window: 30d\n");
        QTest::addRow("nested in a block")
            << QByteArray("a") << QByteArray("spec.window.timeZone") << QByteArray("Europe/Berlin")
            << QByteArray("timeZone: UTC") << QByteArray("timeZone: Europe/Berlin");
        QTest::addRow("add a key at the end of a mapping")
            << QByteArray("b") << QByteArray("spec.tier") << QByteArray("tier-1") << QByteArray("service: other\n")
            << QByteArray("service: other\n  tier: tier-1\n");
        QTest::addRow("second document only") << QByteArray("b") << QByteArray("spec.service") << QByteArray("x")
                                              << QByteArray("service: other") << QByteArray("service: x");
    }

    void setValue()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        YamlPatcher p(kText);
        QVERIFY2(p.setValue(doc == "a" ? kA : kB, P(path), QString::fromUtf8(value)), qPrintable(p.error()));
        QCOMPARE(p.text(), replaced(kText, from, to));
    }

    void removeKey_block()
    {
        YamlPatcher p(kText);
        QVERIFY(p.removeKey(kA, P("spec.window")));
        QCOMPARE(p.text(), replaced(kText, "  window:\n    calendar: month\n    timeZone: UTC\n", ""));
        QVERIFY(p.removeKey(kA, P("spec.absent")));
    }

    void removeItem_blockKeepsTheNextItemsComment()
    {
        YamlPatcher p(kText);
        QVERIFY(p.removeItem(kA, P("spec.objectives"), 0));
        QCOMPARE(p.text(), replaced(kText, "    - name: one\n      target: 0.95 # keep me\n", ""));
    }

    void removeItem_flow()
    {
        YamlPatcher p(kText);
        QVERIFY(p.removeItem(kA, P("spec.notify"), 1));
        QCOMPARE(p.text(), replaced(kText, "[desktop, {webhook: 'http://x'}]", "[desktop]"));
        YamlPatcher q(kText);
        QVERIFY(q.removeItem(kA, P("spec.notify"), 0));
        QCOMPARE(q.text(), replaced(kText, "[desktop, {webhook: 'http://x'}]", "[{webhook: 'http://x'}]"));
    }

    void appendItem_blockAndFlow()
    {
        YamlPatcher p(kText);
        QVERIFY(p.appendItem(kA, P("spec.objectives"), QStringLiteral("name: three\ntarget: 0.5\n")));
        QCOMPARE(p.text(),
                 replaced(kText, "      target: 0.9\n", "      target: 0.9\n    - name: three\n      target: 0.5\n"));
        YamlPatcher q(kText);
        QVERIFY(q.appendItem(kA, P("spec.notify"), QStringLiteral("alertmanager: http://am")));
        const QByteArray expected = replaced(kText, "'http://x'}]", "'http://x'}, {alertmanager: http://am}]");
        QCOMPARE(q.text().mid(q.text().indexOf("notify")), expected.mid(expected.indexOf("notify")));
        QCOMPARE(q.text(), expected);
        YamlPatcher r(kText);
        QVERIFY(r.appendItem(kB, P("spec.objectives"), QStringLiteral("name: x\ntarget: 0.9")));
        QCOMPARE(r.text(), kText + "  objectives:\n    - name: x\n      target: 0.9\n");
        YamlPatcher t(kText);
        QVERIFY(t.appendItem(kB, P("spec.notify"), QStringLiteral("webhook: https://h")));
        QCOMPARE(t.text(), kText + "  notify:\n    - webhook: https://h\n");
    }

    void replaceDocument_keepsOthers()
    {
        YamlPatcher p(kText);
        QVERIFY(p.replaceDocument(kB, "apiVersion: sladesk/v1\nkind: SLA\nmetadata:\n  name: b\n"));
        QCOMPARE(p.text(), replaced(kText, "spec:\n  service: other\n", ""));
    }

    void removeDocument_takesItsSeparator()
    {
        // The last document goes with the `---` above it; the first with the one below it.
        const qsizetype split = kText.indexOf("---\n");
        YamlPatcher last(kText);
        QVERIFY(last.removeDocument(kB));
        QCOMPARE(last.text(), kText.left(split));
        YamlPatcher first(kText);
        QVERIFY(first.removeDocument(kA));
        // The comment above the first document stays, as replaceDocument() keeps it.
        QCOMPARE(first.text(), QByteArray("# header comment\n") + kText.mid(split + 4));
        const QByteArray three = "---\nkind: A\nmetadata: {name: x}\n---\nkind: B\nmetadata: {name: y}\n---\n"
                                 "kind: C\nmetadata: {name: z}\n";
        YamlPatcher middle(three);
        QVERIFY(middle.removeDocument({QStringLiteral("B"), QStringLiteral("y")}));
        QCOMPARE(middle.text(), QByteArray("---\nkind: A\nmetadata: {name: x}\n---\nkind: C\nmetadata: {name: z}\n"));
        QVERIFY(!middle.removeDocument({QStringLiteral("B"), QStringLiteral("y")}));
    }

    void errors_leaveTheTextAlone()
    {
        YamlPatcher p(kText);
        QVERIFY(!p.setValue({QStringLiteral("SLA"), QStringLiteral("zzz")}, P("spec"), QStringLiteral("x")));
        QVERIFY(p.error().contains(QLatin1String("zzz")));
        QVERIFY(!p.setValue(kA, P("spec.nothere.deeper"), QStringLiteral("x")));
        QCOMPARE(p.text(), kText);
    }

    void scalars()
    {
        QCOMPARE(yamlScalar(QStringLiteral("plain")), QStringLiteral("plain"));
        QVERIFY(yamlScalar(QStringLiteral("a: b")) != QStringLiteral("a: b"));
        QVERIFY(yamlScalar(QStringLiteral("true")) != QStringLiteral("true"));
    }

    void appendDocument()
    {
        YamlPatcher p(QByteArray("a: 1\n"));
        p.appendDocument("b: 2\n");
        QCOMPARE(p.text(), QByteArray("a: 1\n---\nb: 2\n"));
        YamlPatcher q{QByteArray()};
        q.appendDocument("b: 2");
        QCOMPARE(q.text(), QByteArray("b: 2\n"));
    }
};

QTEST_GUILESS_MAIN(TestYamlPatch)
#include "tst_yamlpatch.moc"
