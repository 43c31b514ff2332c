// SPDX-License-Identifier: Apache-2.0
#pragma once

// The field logic of a data source that the Data Sources dialog and the editor's data
// source form share: the types and authentication kinds offered, which fields a type shows,
// and the inline checks of the CloudWatch fields, so both say the same thing about the same
// value.

#include "core/document/model.h"

#include <QString>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Sla::Ui::DataSourceFields {

/// Fills `box` with the types SLA Desk edits (data: DataSourceType), then an entry for
/// other types that cannot be chosen (its text is set when such a source is shown).
void fillTypeBox(QComboBox *box);
/// Fills `box` with the authentication kinds of a Prometheus-compatible source (data: AuthType).
void fillAuthBox(QComboBox *box);
/// The text of the disabled entry for a source of another type (`typeName`), or for none.
QString otherTypeText(const QString &typeName);

/// Which fields a source of `type` with `auth` shows.
struct Visible
{
    bool url = false, prefix = false, tenant = false, auth = false, username = false, secret = false, appKey = false,
         caFile = false, site = false, file = false, cloudWatch = false, other = false;
};
Visible visibleFields(Core::DataSourceType type, Core::AuthType auth);

/// What is wrong with a CloudWatch source's fields, per field (empty: fine).
struct CloudWatchProblems
{
    QString region, endpoint, roleArn, keys;
    QString first() const;
};
/// `keys`: the access key id, secret access key and session token as typed (the dialog's; the
/// editor passes none).
CloudWatchProblems cloudWatchProblems(const QString &region, const QString &endpoint, const QString &roleArn,
                                      const QStringList &keys = {});

/// A label for a field's validation message, under the field, in the error colour.
QLabel *errorLabel(QWidget *parent);

/// The connection fields of a data source as rows of a form, built once for the Data
/// Sources dialog and once for the editor's data source form: the same widgets, labels,
/// placeholders, order (the tab order) and visibility rules. The owner connects them and
/// adds its own rows (the dialog's secret fields) at the slots.
struct Widgets
{
    enum class Slot { AfterUsername, AfterRoleArn };

    /// Creates the widgets as children of `parent` in the form's order and adds their rows
    /// to `form`; `insert` adds the owner's rows at each slot (may be empty).
    void build(QWidget *parent, QFormLayout *form, const std::function<void(Slot)> &insert);
    /// Shows the rows `v` asks for.
    void setVisible(const Visible &v) const;
    /// Shows the problems of the region, endpoint and role ARN under their fields.
    void showProblems(const CloudWatchProblems &p) const;
    /// The CloudWatch problems of the fields as typed (`keys` as in cloudWatchProblems()).
    CloudWatchProblems problems(const QStringList &keys = {}) const;
    /// Fills the fields from `source` (type, auth and every connection detail; the details
    /// of another type as text).
    void load(const Core::DataSource &source) const;

    QFormLayout *form = nullptr;
    QComboBox *type = nullptr;
    QLineEdit *url = nullptr;
    QLineEdit *prefix = nullptr;
    QLineEdit *tenant = nullptr;
    QComboBox *auth = nullptr;
    QLineEdit *username = nullptr;
    QLineEdit *caFile = nullptr;
    QPushButton *browseCa = nullptr;
    QWidget *caRow = nullptr;
    QCheckBox *insecure = nullptr;
    QLineEdit *site = nullptr;
    QLineEdit *file = nullptr;
    QPushButton *browseFile = nullptr;
    QWidget *fileRow = nullptr;
    QCheckBox *alignToNow = nullptr;
    QLineEdit *region = nullptr;
    QLineEdit *endpoint = nullptr;
    QLineEdit *profile = nullptr;
    QLineEdit *roleArn = nullptr;
    QLabel *regionError = nullptr;
    QLabel *endpointError = nullptr;
    QLabel *roleArnError = nullptr;
    QLabel *otherDetails = nullptr;
};

} // namespace Sla::Ui::DataSourceFields
