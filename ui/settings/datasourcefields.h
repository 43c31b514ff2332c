// SPDX-License-Identifier: Apache-2.0
#pragma once

// The field logic of a data source that the Data Sources dialog and the editor's data
// source form share: the types and authentication kinds offered, which fields a type shows,
// and the inline checks of the CloudWatch fields, so both say the same thing about the same
// value.

#include "core/document/model.h"

#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
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

} // namespace Sla::Ui::DataSourceFields
