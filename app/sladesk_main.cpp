// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow w;
    w.setWindowTitle(QObject::tr("SLA Desk"));
    w.show();
    return app.exec();
}
