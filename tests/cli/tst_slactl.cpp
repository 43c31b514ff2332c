// SPDX-License-Identifier: Apache-2.0
#include <QTest>

class TestSlactl : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSlactl)
#include "tst_slactl.moc"
