// SPDX-License-Identifier: Apache-2.0
#include "core/document/model.h"
#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"

#include <QFile>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {
const QString kFile = QStringLiteral("t.yaml");

/// An SLA whose only objective starts with `- name: o` on line 7; `body` continues the
/// objective from line 8 (indented six spaces) and may add further spec fields.
QByteArray objective(const char *body)
{
    return QByteArray("apiVersion: sladesk/v1\n" // 1
                      "kind: SLA\n"              // 2
                      "metadata: {name: s}\n"    // 3
                      "spec:\n"                  // 4
                      "  dataSource: p\n"        // 5
                      "  objectives:\n"          // 6
                      "    - name: o\n")         // 7
           + body;
}

/// An SLA with one valid objective (lines 6-8); `body` adds spec fields from line 9.
QByteArray slaSpec(const char *body)
{
    return QByteArray("apiVersion: sladesk/v1\n"                        // 1
                      "kind: SLA\n"                                     // 2
                      "metadata: {name: s}\n"                           // 3
                      "spec:\n"                                         // 4
                      "  objectives:\n"                                 // 5
                      "    - name: o\n"                                 // 6
                      "      indicator: {ratio: {good: g, total: t}}\n" // 7
                      "      target: 0.99\n")                           // 8
           + body;
}

QByteArray tier(const char *body)
{
    return QByteArray("apiVersion: sladesk/v1\n" // 1
                      "kind: TierTemplate\n"     // 2
                      "metadata: {name: t}\n"    // 3
                      "spec:\n")                 // 4
           + body;
}

QByteArray dataSource(const char *name, const char *spec)
{
    return QByteArray("apiVersion: openslo/v1\n" // 1
                      "kind: DataSource\n"       // 2
                      "metadata: {name: ") +
           name + "}\n" // 3
           + "spec:\n"  // 4
           + spec;
}

const Diagnostic *findDiagnostic(const Diagnostics &diags, const QString &where, const QString &text)
{
    for (const Diagnostic &d : diags) {
        const QString at = QString::number(d.location.line) + u':' + QString::number(d.location.column);
        if (at == where && d.message.contains(text))
            return &d;
    }
    return nullptr;
}
} // namespace

class TestSlaReader : public QObject
{
    Q_OBJECT
private slots:
    void diagnostics_data();
    void diagnostics();

    void loadDesignExample_readsEveryField();
    void loadDesignExample_recordsOrigins();
    void loadCalendarWindowAndBudgeting();
    void loadTierTemplate();
    void loadDataSource_goSdkListAndCaseInsensitiveType();
    void loadDataSource_otherTypeKeepsDetails();
    void loadService();
    void loadWithErrors_stillAppendsNamedDocument();
    void malformed_reportsErrorsWithoutCrashing_data();
    void malformed_reportsErrorsWithoutCrashing();
    void loadCorpus_data();
    void loadCorpus();
    void secretInDocument_isDroppedAndNeverWrittenBack();
};

void TestSlaReader::diagnostics_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");   // line:column
    QTest::addColumn<QString>("message"); // substring
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("count"); // every diagnostic of the input

    // --- fields, types, ranges
    QTest::addRow("misspelt field") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                 "      tagret: 0.99\n")
                                    << "9:7"
                                    << "unknown field 'tagret' in objective 'o'; did you mean 'target'?" << true
                                    << 2; // plus: target missing
    QTest::addRow("unknown field without hint")
        << objective("      indicator: {ratio: {good: g, total: t}}\n"
                     "      target: 0.99\n"
                     "      colour: red\n")
        << "10:7"
        << "unknown field 'colour' in objective 'o' (known fields: name," << true << 1;
    QTest::addRow("unknown top-level field")
        << QByteArray("apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: s}\n"
                      "specs: {}\n")
        << "4:1"
        << "unknown field 'specs' in SLA document; did you mean 'spec'?" << true << 2; // plus: spec missing
    QTest::addRow("unknown kind") << QByteArray("apiVersion: sladesk/v1\nkind: Sla\nmetadata: {name: s}\nspec: {}\n")
                                  << "2:7"
                                  << "unknown kind 'Sla' for apiVersion sladesk/v1" << true << 1;
    QTest::addRow("target not a number") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                      "      target: high\n")
                                         << "9:15"
                                         << "field 'target' of objective 'o' must be a number, got 'high'" << true << 1;
    QTest::addRow("target is 1") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                              "      target: 1\n")
                                 << "9:15"
                                 << "must be between 0 and 1 (exclusive), got 1" << true << 1;
    QTest::addRow("target is 0") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                              "      target: 0\n")
                                 << "9:15"
                                 << "must be between 0 and 1 (exclusive), got 0" << true << 1;
    QTest::addRow("target missing") << objective("      indicator: {ratio: {good: g, total: t}}\n") << "7:7"
                                    << "objective 'o' is missing the required field 'target'" << true << 1;
    QTest::addRow("objectives not a list")
        << QByteArray("apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: s}\n"
                      "spec:\n  objectives: {name: o}\n")
        << "5:15"
        << "field 'objectives' of SLA 's' must be a list, got a mapping" << true << 1;

    // --- durations and windows
    QTest::addRow("invalid duration") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                   "      target: 0.99\n"
                                                   "      window: 30x\n")
                                      << "10:15"
                                      << "invalid duration '30x': unknown unit" << true << 1;
    QTest::addRow("window as list") << slaSpec("  window: [30d]\n") << "9:11"
                                    << "must be a duration such as 30d or {calendar: month" << true << 1;
    QTest::addRow("weight zero") << slaSpec("  weight: 0\n") << "9:11"
                                 << "field 'weight' of SLA 's' must be a number greater than 0, got 0" << true << 1;
    QTest::addRow("weight text") << slaSpec("  weight: heavy\n") << "9:11"
                                 << "field 'weight' of SLA 's'" << true << 1;
    QTest::addRow("calendar unit") << slaSpec("  window: {calendar: year, timeZone: UTC}\n") << "9:22"
                                   << "invalid value 'year' (allowed: week, month, quarter)" << true << 1;
    QTest::addRow("time zone") << slaSpec("  window: {calendar: month, timeZone: Mars/Olympus}\n") << "9:39"
                               << "'Mars/Olympus' is not a known IANA time zone" << true << 1;
    QTest::addRow("budgeting scalar") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                   "      budgeting: daily\n"
                                                   "      target: 0.99\n")
                                      << "9:18"
                                      << "must be 'occurrences' or {timeslices: DURATION}" << true << 1;
    QTest::addRow("timeslices duration") << objective("      indicator: {ratio: {good: g, total: t}}\n"
                                                      "      budgeting: {timeslices: -5m}\n"
                                                      "      target: 0.99\n")
                                         << "9:31"
                                         << "field 'timeslices'" << true << 1;

    // --- indicator kinds
    QTest::addRow("indicator without kind")
        << objective("      indicator: {}\n"
                     "      target: 0.99\n")
        << "8:18"
        << "indicator of objective 'o' needs exactly one of ratio, latency" << true << 1;
    QTest::addRow("indicator with two kinds") << objective("      indicator:\n"
                                                           "        ratio: {good: g, total: t}\n"
                                                           "        latency: {histogram: h, threshold: 0.2}\n"
                                                           "      target: 0.99\n")
                                              << "10:9"
                                              << "has several kinds (ratio, latency); give exactly one" << true << 1;
    QTest::addRow("ratio good and bad") << objective("      indicator: {ratio: {good: g, bad: b, total: t}}\n"
                                                     "      target: 0.99\n")
                                        << "8:36"
                                        << "has both 'good' and 'bad'" << true << 1;
    QTest::addRow("ratio without good or bad") << objective("      indicator: {ratio: {total: t}}\n"
                                                            "      target: 0.99\n")
                                               << "8:26"
                                               << "needs exactly one of 'good' and 'bad', plus 'total'" << true << 1;
    QTest::addRow("ratio without total") << objective("      indicator: {ratio: {good: g}}\n"
                                                      "      target: 0.99\n")
                                         << "8:26"
                                         << "is missing the required field 'total'" << true << 1;
    QTest::addRow("selector not text") << objective("      indicator: {ratio: {good: [a], total: t}}\n"
                                                    "      target: 0.99\n")
                                       << "8:33"
                                       << "field 'good' of ratio indicator of objective 'o' must be text" << true << 1;
    QTest::addRow("classification missing counter") << objective("      indicator:\n"
                                                                 "        classification: {measure: recall, tp: a}\n"
                                                                 "      target: 0.99\n")
                                                    << "9:25"
                                                    << "measure 'recall' needs the counter 'fn'" << true << 1;
    QTest::addRow("classification unneeded counter")
        << objective("      indicator:\n"
                     "        classification: {measure: precision, tp: a, fp: b, tn: c}\n"
                     "      target: 0.99\n")
        << "9:60"
        << "counter 'tn' is not used by measure 'precision' and is ignored" << false << 1;
    QTest::addRow("classification measure")
        << objective("      indicator:\n"
                     "        classification: {measure: precison, tp: a, fp: b}\n"
                     "      target: 0.99\n")
        << "9:35"
        << "invalid value 'precison' (allowed: precision, recall, f1, accuracy); did you mean 'precision'?" << true
        << 1;
    QTest::addRow("latency percentile range")
        << objective("      indicator: {latency: {histogram: h, percentile: 95, threshold: 0.2}}\n"
                     "      budgeting: {timeslices: 5m}\n"
                     "      target: 0.99\n")
        << "8:55"
        << "field 'percentile' of latency indicator of objective 'o' must be between 0 and 1" << true << 1;
    QTest::addRow("latency threshold negative")
        << objective("      indicator: {latency: {histogram: h, threshold: -1}}\n"
                     "      target: 0.99\n")
        << "8:54"
        << "must be a positive number of seconds" << true << 1;
    QTest::addRow("percentile without timeslices")
        << objective("      indicator: {latency: {histogram: h, percentile: 0.99, threshold: 0.2}}\n"
                     "      target: 0.99\n")
        << "8:18"
        << "the latency indicator of objective 'o' is judged per time slice: add budgeting: {timeslices" << true << 1;
    QTest::addRow("drift without timeslices")
        << objective("      indicator:\n"
                     "        drift: {histogram: h, method: psi, reference: {from: 2025-01-01T00:00:00Z, "
                     "to: 2025-01-02T00:00:00Z}}\n"
                     "      target: 0.9\n")
        << "9:9"
        << "the drift indicator of objective 'o' is judged per time slice" << true << 1;
    QTest::addRow("threshold without timeslices")
        << objective("      indicator: {threshold: {metric: m, op: gte, value: 1}}\n"
                     "      target: 0.9\n")
        << "8:18"
        << "the threshold indicator of objective 'o' is judged per time slice" << true << 1;
    QTest::addRow("drift reference order")
        << objective("      indicator:\n"
                     "        drift:\n"
                     "          histogram: h\n"
                     "          method: psi\n"
                     "          reference: {from: 2025-02-01T00:00:00Z, to: 2025-01-01T00:00:00Z}\n"
                     "      budgeting: {timeslices: 1d}\n"
                     "      target: 0.9\n")
        << "12:29"
        << "'from' must be before 'to'" << true << 1;
    QTest::addRow("drift reference timestamp")
        << objective("      indicator:\n"
                     "        drift:\n"
                     "          histogram: h\n"
                     "          method: psi\n"
                     "          reference: {from: yesterday, to: 2025-01-01T00:00:00Z}\n"
                     "      budgeting: {timeslices: 1d}\n"
                     "      target: 0.9\n")
        << "12:29"
        << "field 'from' of reference of drift indicator of objective 'o' must be an RFC 3339 time" << true << 1;
    QTest::addRow("drift method") << objective(
                                         "      indicator:\n"
                                         "        drift:\n"
                                         "          histogram: h\n"
                                         "          method: kl\n"
                                         "          reference: {from: 2025-01-01T00:00:00Z, to: 2025-01-02T00:00:00Z}\n"
                                         "      budgeting: {timeslices: 1d}\n"
                                         "      target: 0.9\n")
                                  << "11:19"
                                  << "invalid value 'kl' (allowed: psi, jensen-shannon, wasserstein)" << true << 1;
    QTest::addRow("drift reference missing") << objective("      indicator:\n"
                                                          "        drift: {histogram: h, method: psi}\n"
                                                          "      budgeting: {timeslices: 1d}\n"
                                                          "      target: 0.9\n")
                                             << "9:16"
                                             << "is missing the required field 'reference'" << true << 1;
    QTest::addRow("threshold op") << objective("      indicator: {threshold: {metric: m, op: '>=', value: 1}}\n"
                                               "      budgeting: {timeslices: 1h}\n"
                                               "      target: 0.9\n")
                                  << "8:46"
                                  << "field 'op' of threshold indicator of objective 'o' has the invalid value '>='"
                                  << true << 1;
    QTest::addRow("query mixed forms")
        << objective("      indicator: {query: {good: a, total: b, errorRatio: c}}\n"
                     "      target: 0.9\n")
        << "8:26"
        << "needs exactly one form: {good|bad: Q, total: Q}, {errorRatio: Q} or {value: Q" << true << 1;
    QTest::addRow("query value without op")
        << objective("      indicator: {query: {value: q, threshold: 1}}\n"
                     "      budgeting: {timeslices: 5m}\n"
                     "      target: 0.9\n")
        << "8:26"
        << "query indicator of objective 'o' is missing the required field 'op'" << true << 1;
    QTest::addRow("query value without timeslices")
        << objective("      indicator: {query: {value: q, op: gte, threshold: 1}}\n"
                     "      target: 0.9\n")
        << "8:18"
        << "the query indicator of objective 'o' is judged per time slice" << true << 1;

    // --- alerts
    QTest::addRow("alert below and above")
        << slaSpec("  alerts:\n"
                   "    - {name: a, objective: o, below: 0.9, above: 0.99, window: 1h, severity: page}\n")
        << "10:43"
        << "alert 'a' has both 'below' and 'above'" << true << 1;
    QTest::addRow("alert without form") << slaSpec("  alerts:\n"
                                                   "    - {name: a, objective: o, severity: page}\n")
                                        << "10:7"
                                        << "alert 'a' needs one of 'below', 'above', 'burnRate'" << true << 1;
    QTest::addRow("alert misspelt") << slaSpec("  alerts:\n"
                                               "    - {name: a, objective: o, belwo: 0.9, window: 1h}\n")
                                    << "10:31"
                                    << "unknown field 'belwo' in alert 'a'; did you mean 'below'?" << true
                                    << 2; // plus: no form
    QTest::addRow("alert field of another form")
        << slaSpec("  alerts:\n"
                   "    - {name: a, objective: o, budgetBelow: 0.1, window: 1h, severity: page}\n")
        << "10:49"
        << "unknown field 'window' in alert 'a'" << true << 1;
    QTest::addRow("alert window missing") << slaSpec("  alerts:\n"
                                                     "    - {name: a, objective: o, below: 0.9}\n")
                                          << "10:7"
                                          << "alert 'a' is missing the required field 'window'" << true << 1;
    QTest::addRow("alert severity") << slaSpec("  alerts:\n"
                                               "    - {name: a, objective: o, noData: 10m, severity: critical}\n")
                                    << "10:54"
                                    << "invalid value 'critical' (allowed: page, ticket, info)" << true << 1;
    QTest::addRow("burn rate word") << slaSpec("  alerts:\n"
                                               "    - {burnRate: fast}\n")
                                    << "10:18"
                                    << "must be 'default' or a list of {long, short, factor, severity}" << true << 1;
    QTest::addRow("burn rate window") << slaSpec("  alerts:\n"
                                                 "    - burnRate:\n"
                                                 "        - {long: 1h, short: 5m, severity: page}\n")
                                      << "11:11"
                                      << "burn-rate window #1 of alert #1 is missing the required field 'factor'"
                                      << true << 1;
    QTest::addRow("burn rate short longer") << slaSpec("  alerts:\n"
                                                       "    - burnRate:\n"
                                                       "        - {long: 5m, short: 1h, factor: 2}\n")
                                            << "11:29"
                                            << "must be shorter than 'long'" << true << 1;
    QTest::addRow("budget below range") << slaSpec("  alerts:\n"
                                                   "    - {name: a, objective: o, budgetBelow: 2, severity: ticket}\n")
                                        << "10:44"
                                        << "field 'budgetBelow' of alert 'a' must be from 0 to 1, got 2" << true << 1;
    QTest::addRow("no data duration") << slaSpec("  alerts:\n"
                                                 "    - {name: a, objective: o, noData: soon}\n")
                                      << "10:39"
                                      << "invalid duration 'soon'" << true << 1;
    QTest::addRow("drift above word") << slaSpec("  alerts:\n"
                                                 "    - {name: a, objective: o, driftAbove: high}\n")
                                      << "10:43"
                                      << "field 'driftAbove' of alert 'a' must be a number or 'threshold'" << true << 1;
    QTest::addRow("consumed above range")
        << slaSpec("  alerts:\n"
                   "    - {name: a, consumedAbove: 1.5, severity: ticket}\n")
        << "10:32"
        << "field 'consumedAbove' of alert 'a' must be from 0 to 1, got 1.5" << true << 1;
    QTest::addRow("keep firing duration")
        << slaSpec("  alerts:\n"
                   "    - {name: a, objective: o, budgetBelow: 0.2, keepFiring: later}\n")
        << "10:61"
        << "invalid duration 'later'" << true << 1;
    QTest::addRow("for on no data") << slaSpec("  alerts:\n"
                                               "    - {name: a, noData: 10m, for: 5m}\n")
                                    << "10:30"
                                    << "unknown field 'for' in alert 'a'" << true << 1;
    QTest::addRow("alert name") << slaSpec("  alerts:\n"
                                           "    - {name: Precision_Drop, objective: o, below: 0.9, window: 1h}\n")
                                << "10:14"
                                << "alert name 'Precision_Drop' is not valid" << true << 1;

    // --- notify, contract, remediation
    QTest::addRow("notify word") << slaSpec("  notify: [desktp]\n") << "9:12"
                                 << "must be 'desktop', {alertmanager: URL} or {webhook: URL}, got 'desktp'; "
                                    "did you mean 'desktop'?"
                                 << true << 1;
    QTest::addRow("notify scheme") << slaSpec("  notify: [{webhook: 'ftp://example.com/x'}]\n") << "9:22"
                                   << "must be an http or https URL such as https://example.com, got "
                                      "'ftp://example.com/x'"
                                   << true << 1;
    QTest::addRow("notify not a URL") << slaSpec("  notify:\n"
                                                 "    - alertmanager: not a url\n")
                                      << "10:21"
                                      << "field 'alertmanager' of notify target #1 of SLA 's' must be an "
                                         "http or https URL"
                                      << true << 1;
    QTest::addRow("notify two keys")
        << slaSpec("  notify: [{webhook: 'http://a.example', alertmanager: 'http://b.example'}]\n") << "9:12"
        << "needs exactly one of 'alertmanager' and 'webhook'" << true << 1;
    QTest::addRow("credit below missing") << slaSpec("  contract:\n"
                                                     "    credits: [{credit: 0.1}]\n")
                                          << "10:15"
                                          << "credit #1 of contract of SLA 's' is missing the required "
                                             "field 'below'"
                                          << true << 1;
    QTest::addRow("contract period") << slaSpec("  contract: {credits: [{below: 0.99, credit: 0.1}], period: year}\n")
                                     << "9:61"
                                     << "field 'period' of contract of SLA 's' has the invalid value 'year'" << true
                                     << 1;
    QTest::addRow("remediation runbook") << slaSpec("  remediation: {runbook: wiki/fraud}\n") << "9:26"
                                         << "field 'runbook' of remediation of SLA 's' must be an http or "
                                            "https URL"
                                         << true << 1;
    QTest::addRow("remediation unknown") << slaSpec("  remediation: {webhok: 'https://x.example'}\n") << "9:17"
                                         << "unknown field 'webhok' in remediation of SLA 's'; did you "
                                            "mean 'webhook'?"
                                         << true << 1;

    // --- names and descriptions
    QTest::addRow("SLA name") << QByteArray("apiVersion: sladesk/v1\nkind: SLA\nmetadata:\n  name: Fraud_API\n"
                                            "spec:\n  objectives:\n    - {name: o, indicator: {ratio: {good: g, "
                                            "total: t}}, target: 0.9}\n")
                              << "4:9"
                              << "SLA name 'Fraud_API' is not valid: use at most 63 lowercase letters" << true << 1;
    QTest::addRow("objective name") << slaSpec("").replace("name: o", "name: -o") << "6:13"
                                    << "objective name '-o' is not valid" << true << 1;
    QTest::addRow("SLA name too long")
        << QByteArray("apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: " + QByteArray(64, 'a') +
                      "}\nspec:\n  objectives:\n    - {name: o, indicator: {ratio: {good: g, total: t}}, target: "
                      "0.9}\n")
        << "3:18"
        << "is not valid" << true << 1;
    QTest::addRow("metadata name missing")
        << QByteArray("apiVersion: openslo/v1\nkind: Service\nmetadata: {displayName: S}\nspec: {}\n") << "3:11"
        << "metadata of Service is missing the required field 'name'" << true << 1;
    QTest::addRow("service description length")
        << QByteArray("apiVersion: openslo/v1\nkind: Service\nmetadata: {name: svc}\nspec:\n  description: " +
                      QByteArray(1051, 'x') + "\n")
        << "5:16"
        << "is 1051 characters long; OpenSLO allows at most 1050" << true << 1;
    QTest::addRow("data source name") << dataSource("Prod", "  type: recorded\n  connectionDetails: {file: a.om}\n")
                                      << "3:18"
                                      << "DataSource name 'Prod' is not valid" << true << 1;

    // --- tier templates
    QTest::addRow("tier atRisk") << tier("  atRisk: 1.5\n") << "5:11"
                                 << "field 'atRisk' of TierTemplate 't' must be from 0 to 1, got 1.5" << true << 1;
    QTest::addRow("tier minimum kind") << tier("  minimums:\n    ratoi: {target: 0.99}\n") << "6:5"
                                       << "unknown indicator kind 'ratoi' in minimums of TierTemplate 't'; "
                                          "did you mean 'ratio'?"
                                       << true << 1;
    QTest::addRow("tier minimum field") << tier("  minimums:\n    latency: {target: 0.95, treshold: 0.2}\n") << "6:29"
                                        << "unknown field 'treshold' in latency minimum of TierTemplate "
                                           "'t'; did you mean 'threshold'?"
                                        << true << 1;
    QTest::addRow("tier minimum target") << tier("  minimums:\n    ratio: {target: 99.95}\n") << "6:21"
                                         << "must be between 0 and 1 (exclusive), got 99.95" << true << 1;
    QTest::addRow("tier gate") << tier("  gate: stop\n") << "5:9"
                               << "field 'gate' of TierTemplate 't' has the invalid value 'stop' (allowed: "
                                  "block, warn)"
                               << true << 1;
    QTest::addRow("tier escalation") << tier("  escalation: {ackTimeout: 15, then: [pager]}\n") << "5:28"
                                     << "field 'ackTimeout' of escalation of TierTemplate 't'" << true
                                     << 2; // plus: 'pager'
    QTest::addRow("tier escalation target") << tier("  escalation: {ackTimeout: 15m, then: [pager]}\n") << "5:40"
                                            << "notify target #1 of escalation of TierTemplate 't' must be "
                                               "'desktop'"
                                            << true << 1;

    // --- data sources
    QTest::addRow("prometheus secret")
        << dataSource("prom", "  type: prometheus\n  connectionDetails:\n    url: http://p.example\n"
                              "    password: hunter2\n")
        << "8:5"
        << "field 'password' of connectionDetails of DataSource 'prom' holds a secret: it is ignored and "
           "never written back; secrets live in the keychain: use slactl credentials set prom"
        << false << 1;
    // Header injection: control characters in values that reach a header or URL.
    QTest::addRow("tenant with CR LF")
        << dataSource("prom", "  type: prometheus\n  connectionDetails:\n    url: http://p.example\n"
                              "    tenant: \"team\\r\\nX-Evil: injected\"\n")
        << "8:13"
        << "field 'tenant' of connectionDetails of DataSource 'prom' contains the control character CR at "
           "position 5; control characters (CR, LF, NUL, TAB, other C0, DEL) could inject HTTP headers"
        << true << 1;
    QTest::addRow("url with NUL")
        << dataSource("prom", "  type: prometheus\n  connectionDetails:\n    url: \"http://p.example/\\0\"\n") << "7:10"
        << "field 'url' of connectionDetails of DataSource 'prom' contains the control character NUL at "
           "position 18"
        << true << 1;
    QTest::addRow("datadog site with LF")
        << dataSource("dd", "  type: datadog\n  connectionDetails:\n    site: \"datadoghq.eu\\nX: y\"\n") << "7:11"
        << "field 'site' of connectionDetails of DataSource 'dd' contains the control character LF at "
           "position 13"
        << true << 1;
    // Secrets in URLs: a warning, and never the password in a message.
    QTest::addRow("url with password warns")
        << dataSource("prom", "  type: prometheus\n  connectionDetails:\n    url: http://alice:hunter2@p.example\n")
        << "7:10"
        << "field 'url' of connectionDetails of DataSource 'prom' holds a password (user:password@host): "
           "SLA Desk neither sends nor shows nor exports it"
        << false << 1;
    QTest::addRow("bad url quoted without password")
        << dataSource("prom", "  type: prometheus\n  connectionDetails:\n    url: ftp://bob:hunter2@p.example\n")
        << "7:10"
        << "must be an http or https URL such as https://example.com, got 'ftp://bob@p.example'" << true << 1;
    QTest::addRow("datadog secret in go-sdk list")
        << dataSource("dd", "  type: Datadog\n  connectionDetails:\n    - apiKey: my-api-key\n    - appKey: k\n")
        << "7:7"
        << "field 'apiKey' of connectionDetails of DataSource 'dd' holds a secret" << false << 2;
    QTest::addRow("other type secret warns")
        << dataSource("cw", "  type: CloudWatch\n  connectionDetails:\n    accessKeyID: a\n"
                            "    secretAccessKey: s\n")
        << "8:5"
        << "field 'secretAccessKey' of connectionDetails of DataSource 'cw' looks like a secret" << false << 1;
    QTest::addRow("prometheus misspelt")
        << dataSource("prom", "  type: prometheus\n  connectionDetails:\n    urll: http://p.example\n") << "7:5"
        << "unknown field 'urll' in connectionDetails of DataSource 'prom'; did you mean 'url'?" << true
        << 2; // plus: url missing
    QTest::addRow("prometheus url missing")
        << dataSource("prom", "  type: prometheus\n  connectionDetails: {tenant: t}\n") << "6:22"
        << "connectionDetails of DataSource 'prom' has no 'url': it cannot be queried until one is given" << false << 1;
    QTest::addRow("prometheus url scheme")
        << dataSource("prom", "  type: prometheus\n  connectionDetails: {url: 'prometheus:9090'}\n") << "6:28"
        << "must be an http or https URL" << true << 1;
    QTest::addRow("prometheus auth")
        << dataSource("prom", "  type: prometheus\n  connectionDetails: {url: 'http://p', auth: oauth}\n") << "6:46"
        << "field 'auth' of connectionDetails of DataSource 'prom' has the invalid value 'oauth' (allowed: "
           "none, basic, bearer)"
        << true << 1;
    QTest::addRow("prometheus basic without user")
        << dataSource("prom", "  type: prometheus\n  connectionDetails: {url: 'http://p', auth: basic}\n") << "6:22"
        << "auth 'basic' needs a 'username'" << true << 1;
    QTest::addRow("skip verify type")
        << dataSource("prom", "  type: prometheus\n  connectionDetails: {url: 'http://p', insecureSkipVerify: "
                              "maybe}\n")
        << "6:60"
        << "field 'insecureSkipVerify' of connectionDetails of DataSource 'prom' must be true or false" << true << 1;
    QTest::addRow("recorded duplicate in list")
        << dataSource("rec", "  type: recorded\n  connectionDetails:\n    - file: a.om\n    - file: b.om\n") << "8:7"
        << "field 'file' is given twice in connectionDetails of DataSource 'rec'" << true << 1;
    QTest::addRow("duplicate in mapping reported once")
        << dataSource("rec", "  type: recorded\n  connectionDetails:\n    file: a.om\n    file: b.om\n") << "8:5"
        << "field 'file' is given twice in connectionDetails of DataSource 'rec'" << true << 1;
    QTest::addRow("tier name") << QByteArray("apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: Gold}\n"
                                             "spec: {}\n")
                               << "3:18"
                               << "TierTemplate name 'Gold' is not valid" << true << 1;
    QTest::addRow("data source type missing") << dataSource("rec", "  connectionDetails: {file: a.om}\n") << "5:3"
                                              << "is missing the required field 'type'" << true << 1;
}

void TestSlaReader::diagnostics()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    QFETCH(QString, message);
    QFETCH(bool, isError);
    QFETCH(int, count);

    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    const Diagnostic *d = findDiagnostic(r.diagnostics, where, message);
    if (!d)
        QFAIL(qPrintable(QStringLiteral("expected %1 '%2', got:\n%3").arg(where, message, dump(r.diagnostics))));
    QCOMPARE(d->location.file, kFile);
    QCOMPARE(d->isError(), isError);
    if (r.diagnostics.size() != count)
        QFAIL(qPrintable(QStringLiteral("expected %1 diagnostics, got:\n%2").arg(count).arg(dump(r.diagnostics))));
}

namespace {
// The example of DESIGN.md section 3, verbatim.
const char *const kDesignExample = R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prod-prometheus}
spec:
  type: prometheus                 # prometheus | datadog | recorded
  connectionDetails:
    url: https://prometheus.example.com     # plus optional pathPrefix (e.g. /prometheus for Mimir)
    tenant: team-risk              # sent as X-Scope-OrgID (Mimir, Cortex)
    auth: bearer                   # none | basic | bearer; the secret lives in the keychain
---
apiVersion: openslo/v1
kind: DataSource
metadata: {name: demo-recording}
spec:
  type: recorded
  connectionDetails: {file: data/demo.om.gz, alignToNow: true}   # path relative to the workspace
---
apiVersion: sladesk/v1
kind: SLA
metadata: {name: fraud-detection-api, displayName: Fraud detection API}
spec:
  service: fraud-detection
  tier: tier-1                     # a TierTemplate
  owner: risk-ml-oncall
  dataSource: prod-prometheus
  window: 30d                      # rolling; or {calendar: month, timeZone: Europe/Berlin}
  objectives:
    - name: availability
      indicator:
        ratio:                     # good/total or bad/total counter selectors
          good: 'http_requests_total{service="fraud",code!~"5.."}'
          total: 'http_requests_total{service="fraud"}'
      target: 0.9995
    - name: latency
      indicator:
        latency: {histogram: 'http_request_duration_seconds{service="fraud"}', threshold: 0.2}
      target: 0.95                 # share of requests faster than 200 ms
    - name: precision
      indicator:
        classification:
          measure: precision       # precision | recall | f1 | accuracy
          tp: 'model_predictions_total{model="fraud",outcome="tp"}'
          fp: 'model_predictions_total{model="fraud",outcome="fp"}'
      target: 0.95
    - name: amount-drift
      indicator:
        drift:
          histogram: 'model_feature_value{model="fraud",feature="amount"}'
          method: psi              # psi | jensen-shannon | wasserstein
          reference: {from: 2025-01-01T00:00:00Z, to: 2025-01-15T00:00:00Z}
          threshold: 0.1
      budgeting: {timeslices: 1d}  # a day is good when its drift score is within threshold
      target: 0.9
  alerts:
    - {name: precision-drop, objective: precision, below: 0.93, window: 1h, for: 1h, severity: page}
    - {burnRate: default}          # multi-window multi-burn-rate set for every objective
  notify: [desktop, {alertmanager: http://127.0.0.1:9093}]
  contract:
    credits: [{below: 0.9995, credit: 0.10}, {below: 0.999, credit: 0.25}]
  remediation: {webhook: https://ci.example.com/hooks/retrain-fraud, runbook: https://wiki.example.com/fraud}
)";

QString at(const SourceLocation &loc)
{
    return QString::number(loc.line) + u':' + QString::number(loc.column);
}
} // namespace

void TestSlaReader::loadDesignExample_readsEveryField()
{
    const LoadResult r = DocumentLoader::loadData(kDesignExample, kFile);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const Workspace &ws = r.workspace;
    QCOMPARE(ws.dataSources.size(), 2);
    QCOMPARE(ws.slas.size(), 1);

    const DataSource &prom = ws.dataSources.at(0);
    QCOMPARE(prom.metadata.name, QStringLiteral("prod-prometheus"));
    QCOMPARE(toString(prom.type), toString(DataSourceType::Prometheus));
    QCOMPARE(prom.typeName, QStringLiteral("prometheus"));
    QCOMPARE(prom.url, QStringLiteral("https://prometheus.example.com"));
    QCOMPARE(prom.tenant, QStringLiteral("team-risk"));
    QCOMPARE(toString(prom.auth), toString(AuthType::Bearer));
    const DataSource &rec = ws.dataSources.at(1);
    QCOMPARE(toString(rec.type), toString(DataSourceType::Recorded));
    QCOMPARE(rec.file, QStringLiteral("data/demo.om.gz"));
    QVERIFY(rec.alignToNow);

    const Sla::Core::Sla &sla = ws.slas.constFirst();
    QCOMPARE(sla.metadata.displayName, QStringLiteral("Fraud detection API"));
    QCOMPARE(sla.service, QStringLiteral("fraud-detection"));
    QCOMPARE(sla.tier, QStringLiteral("tier-1"));
    QCOMPARE(sla.owner, QStringLiteral("risk-ml-oncall"));
    QCOMPARE(sla.dataSource, QStringLiteral("prod-prometheus"));
    QVERIFY(sla.window);
    QCOMPARE(sla.window->kind, Window::Kind::Rolling);
    QCOMPARE(sla.window->rolling, Duration::days(30));
    QCOMPARE(sla.objectives.size(), 4);

    const Objective &avail = sla.objectives.at(0);
    QCOMPARE(toString(avail.indicator.kind), toString(IndicatorKind::Ratio));
    QCOMPARE(avail.indicator.ratio.good, QStringLiteral("http_requests_total{service=\"fraud\",code!~\"5..\"}"));
    QCOMPARE(avail.indicator.ratio.total, QStringLiteral("http_requests_total{service=\"fraud\"}"));
    QVERIFY(avail.indicator.ratio.bad.isEmpty());
    QCOMPARE(avail.target, 0.9995);
    QCOMPARE(avail.budgeting.method, Budgeting::Method::Occurrences);

    const Objective &lat = sla.objectives.at(1);
    QCOMPARE(toString(lat.indicator.kind), toString(IndicatorKind::Latency));
    QCOMPARE(lat.indicator.latency.threshold, 0.2);
    QVERIFY(!lat.indicator.latency.percentile);

    const Objective &prec = sla.objectives.at(2);
    QCOMPARE(toString(prec.indicator.kind), toString(IndicatorKind::Classification));
    QCOMPARE(toString(prec.indicator.classification.measure), toString(ClassificationMeasure::Precision));
    QCOMPARE(prec.indicator.classification.fp,
             QStringLiteral("model_predictions_total{model=\"fraud\",outcome=\"fp\"}"));
    QVERIFY(prec.indicator.classification.fn.isEmpty());

    const Objective &drift = sla.objectives.at(3);
    QCOMPARE(toString(drift.indicator.kind), toString(IndicatorKind::Drift));
    QCOMPARE(toString(drift.indicator.drift.method), toString(DriftMethod::Psi));
    QCOMPARE(drift.indicator.drift.referenceFrom, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(drift.indicator.drift.referenceTo, QDateTime(QDate(2025, 1, 15), QTime(0, 0), Qt::UTC));
    QCOMPARE(drift.indicator.drift.threshold, 0.1);
    QCOMPARE(drift.budgeting.method, Budgeting::Method::Timeslices);
    QCOMPARE(drift.budgeting.slice, Duration::days(1));
    QCOMPARE(drift.target, 0.9);

    QCOMPARE(sla.alerts.size(), 2);
    const AlertRule &drop = sla.alerts.at(0);
    QCOMPARE(drop.kind, AlertRule::Kind::Threshold);
    QCOMPARE(drop.name, QStringLiteral("precision-drop"));
    QCOMPARE(drop.objective, QStringLiteral("precision"));
    QCOMPARE(drop.below, std::optional<double>(0.93));
    QVERIFY(!drop.above);
    QCOMPARE(drop.window, std::optional<Duration>(Duration::hours(1)));
    QCOMPARE(drop.forDuration, std::optional<Duration>(Duration::hours(1)));
    QCOMPARE(toString(drop.severity), toString(AlertSeverity::Page));
    QCOMPARE(sla.alerts.at(1).kind, AlertRule::Kind::BurnRate);
    QVERIFY(sla.alerts.at(1).burnRateDefault);
    QVERIFY(sla.alerts.at(1).objective.isEmpty());

    QCOMPARE(sla.notify.size(), 2);
    QCOMPARE(sla.notify.at(0).kind, NotifyTarget::Kind::Desktop);
    QCOMPARE(sla.notify.at(1).kind, NotifyTarget::Kind::Alertmanager);
    QCOMPARE(sla.notify.at(1).url, QStringLiteral("http://127.0.0.1:9093"));
    QCOMPARE(sla.contract.credits.size(), 2);
    QCOMPARE(sla.contract.credits.at(0).below, 0.9995);
    QCOMPARE(sla.contract.credits.at(0).credit, 0.1);
    QCOMPARE(sla.contract.credits.at(1).credit, 0.25);
    QCOMPARE(toString(sla.contract.period), toString(CalendarUnit::Month));
    QCOMPARE(sla.remediation.webhook, QStringLiteral("https://ci.example.com/hooks/retrain-fraud"));
    QCOMPARE(sla.remediation.runbook, QStringLiteral("https://wiki.example.com/fraud"));
}

void TestSlaReader::loadDesignExample_recordsOrigins()
{
    const LoadResult r = DocumentLoader::loadData(kDesignExample, kFile);
    const Sla::Core::Sla &sla = r.workspace.slas.constFirst();
    QCOMPARE(sla.origin.self.file, kFile);
    QCOMPARE(at(sla.origin.self), QStringLiteral("18:1"));
    QCOMPARE(at(sla.origin.at(QStringLiteral("name"))), QStringLiteral("20:18"));
    QCOMPARE(at(sla.origin.at(QStringLiteral("service"))), QStringLiteral("22:12"));
    QCOMPARE(at(sla.origin.at(QStringLiteral("tier"))), QStringLiteral("23:9"));
    QCOMPARE(at(sla.origin.at(QStringLiteral("dataSource"))), QStringLiteral("25:15"));
    QCOMPARE(at(sla.origin.at(QStringLiteral("window"))), QStringLiteral("26:11"));

    const Objective &avail = sla.objectives.at(0);
    QCOMPARE(at(avail.origin.self), QStringLiteral("28:7"));
    QCOMPARE(at(avail.origin.at(QStringLiteral("name"))), QStringLiteral("28:13"));
    QCOMPARE(at(avail.origin.at(QStringLiteral("target"))), QStringLiteral("33:15"));
    QCOMPARE(at(avail.indicator.origin.at(QStringLiteral("ratio.good"))),
             QStringLiteral("31:18")); // first character inside the quotes
    QCOMPARE(at(avail.indicator.origin.at(QStringLiteral("ratio.total"))), QStringLiteral("32:19"));
    // An absent field falls back to the object itself.
    QCOMPARE(avail.origin.at(QStringLiteral("dataSource")), avail.origin.self);

    const Objective &lat = sla.objectives.at(1);
    QCOMPARE(at(lat.indicator.origin.at(QStringLiteral("latency.histogram"))), QStringLiteral("36:31"));
    QCOMPARE(at(lat.indicator.origin.at(QStringLiteral("latency.threshold"))), QStringLiteral("36:91"));
    QCOMPARE(at(sla.objectives.at(2).indicator.origin.at(QStringLiteral("classification.tp"))),
             QStringLiteral("42:16"));
    QCOMPARE(at(sla.objectives.at(3).indicator.origin.at(QStringLiteral("drift.histogram"))), QStringLiteral("48:23"));
    QCOMPARE(at(sla.objectives.at(3).indicator.origin.at(QStringLiteral("drift.threshold"))), QStringLiteral("51:22"));

    QCOMPARE(at(sla.alerts.at(0).origin.at(QStringLiteral("name"))), QStringLiteral("55:14"));
    QCOMPARE(at(sla.alerts.at(0).origin.at(QStringLiteral("objective"))), QStringLiteral("55:41"));
    QCOMPARE(at(sla.notify.at(1).origin.at(QStringLiteral("url"))), QStringLiteral("57:36"));

    const DataSource &prom = r.workspace.dataSources.at(0);
    QCOMPARE(at(prom.origin.at(QStringLiteral("name"))), QStringLiteral("3:18"));
    QCOMPARE(at(prom.origin.at(QStringLiteral("type"))), QStringLiteral("5:9"));
    QCOMPARE(at(prom.origin.at(QStringLiteral("url"))), QStringLiteral("7:10"));
    QCOMPARE(at(r.workspace.dataSources.at(1).origin.at(QStringLiteral("file"))), QStringLiteral("16:29"));
}

void TestSlaReader::loadCalendarWindowAndBudgeting()
{
    const QByteArray yaml =
        objective("      indicator: {threshold: {metric: 'gpu_util{pool=\"a\"}', op: lt, value: 0.8, "
                  "aggregate: max}}\n"
                  "      budgeting: {timeslices: 1h30m}\n"
                  "      target: 0.99\n"
                  "      window: {calendar: week, timeZone: America/New_York}\n"
                  "      dataSource: other\n"
                  "  window: {calendar: quarter}\n");
    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const Sla::Core::Sla &sla = r.workspace.slas.constFirst();
    QCOMPARE(sla.window->kind, Window::Kind::Calendar);
    QCOMPARE(toString(sla.window->calendar), toString(CalendarUnit::Quarter));
    QCOMPARE(sla.window->timeZone, QStringLiteral("UTC")); // the default
    const Objective &o = sla.objectives.constFirst();
    QCOMPARE(toString(o.window->calendar), toString(CalendarUnit::Week));
    QCOMPARE(o.window->timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(o.dataSource, QStringLiteral("other"));
    QCOMPARE(o.budgeting.method, Budgeting::Method::Timeslices);
    QCOMPARE(o.budgeting.slice, Duration::minutes(90));
    QCOMPARE(toString(o.indicator.kind), toString(IndicatorKind::Threshold));
    QCOMPARE(o.indicator.threshold.metric, QStringLiteral("gpu_util{pool=\"a\"}"));
    QCOMPARE(toString(o.indicator.threshold.op), toString(CompareOp::Lt));
    QCOMPARE(o.indicator.threshold.value, 0.8);
    QCOMPARE(toString(o.indicator.threshold.aggregate), toString(Aggregate::Max));
    QCOMPARE(at(o.indicator.origin.at(QStringLiteral("threshold.metric"))),
             QStringLiteral("8:40")); // first character inside the quotes
    QCOMPARE(at(o.origin.at(QStringLiteral("window"))), QStringLiteral("11:15"));
}

void TestSlaReader::loadTierTemplate()
{
    const QByteArray yaml = tier("  displayName: Tier 1\n"
                                 "  window: 28d\n"
                                 "  atRisk: 0.4\n"
                                 "  minimums:\n"
                                 "    ratio: {target: 0.9995}\n"
                                 "    latency: {target: 0.95, threshold: 0.2}\n"
                                 "  alerts: [{burnRate: default}]\n"
                                 "  notify: [desktop]\n"
                                 "  escalation: {ackTimeout: 15m, then: [{webhook: 'https://pager.example/x'}]}\n"
                                 "  gate: block\n");
    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.tiers.size(), 1);
    const TierTemplate &t = r.workspace.tiers.constFirst();
    QCOMPARE(t.metadata.name, QStringLiteral("t"));
    QCOMPARE(t.displayName, QStringLiteral("Tier 1"));
    QCOMPARE(t.window->rolling, Duration::days(28));
    QCOMPARE(t.atRisk, 0.4);
    QCOMPARE(t.minimums.size(), 2);
    QCOMPARE(t.minimums.value(IndicatorKind::Ratio).target, std::optional<double>(0.9995));
    QVERIFY(!t.minimums.value(IndicatorKind::Ratio).threshold);
    QCOMPARE(t.minimums.value(IndicatorKind::Latency).threshold, std::optional<double>(0.2));
    QCOMPARE(at(t.origin.at(QStringLiteral("minimums.latency"))), QStringLiteral("10:14"));
    QCOMPARE(at(t.origin.at(QStringLiteral("name"))), QStringLiteral("3:18"));
    QCOMPARE(t.alerts.size(), 1);
    QVERIFY(t.alerts.constFirst().burnRateDefault);
    QCOMPARE(t.notify.size(), 1);
    QCOMPARE(t.escalation.ackTimeout, std::optional<Duration>(Duration::minutes(15)));
    QCOMPARE(t.escalation.then.size(), 1);
    QCOMPARE(t.escalation.then.constFirst().kind, NotifyTarget::Kind::Webhook);
    QCOMPARE(toString(t.gate), toString(GateMode::Block));
    QVERIFY(!t.builtIn);
}

void TestSlaReader::loadDataSource_goSdkListAndCaseInsensitiveType()
{
    // The shape of OpenSLO go-sdk's examples: a top-level list, connectionDetails as a list.
    const QByteArray yaml = "- apiVersion: openslo/v1\n"
                            "  kind: DataSource\n"
                            "  metadata:\n"
                            "    labels: {env: [prod], team: [team-a, team-b]}\n"
                            "    name: prometheus\n"
                            "  spec:\n"
                            "    type: Prometheus\n"
                            "    connectionDetails:\n"
                            "    - url: http://prometheus.example.com\n"
                            "    - pathPrefix: /prometheus\n"
                            "    - auth: basic\n"
                            "    - username: me\n";
    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const DataSource &ds = r.workspace.dataSources.constFirst();
    QCOMPARE(toString(ds.type), toString(DataSourceType::Prometheus));
    QCOMPARE(ds.typeName, QStringLiteral("Prometheus"));
    QCOMPARE(ds.url, QStringLiteral("http://prometheus.example.com"));
    QCOMPARE(ds.pathPrefix, QStringLiteral("/prometheus"));
    QCOMPARE(toString(ds.auth), toString(AuthType::Basic));
    QCOMPARE(ds.username, QStringLiteral("me"));
    QCOMPARE(ds.metadata.labels.value(QStringLiteral("team")),
             QStringList({QStringLiteral("team-a"), QStringLiteral("team-b")}));
    QCOMPARE(at(ds.origin.at(QStringLiteral("url"))), QStringLiteral("9:12"));
}

void TestSlaReader::loadDataSource_otherTypeKeepsDetails()
{
    const QByteArray yaml = dataSource("cw", "  type: CloudWatch\n"
                                             "  description: AWS metrics\n"
                                             "  connectionDetails:\n"
                                             "    accessKeyID: AKIA\n"
                                             "    region: eu-west-1\n"
                                             "    dimensions: {stage: prod, tags: [a, b]}\n");
    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const DataSource &ds = r.workspace.dataSources.constFirst();
    QCOMPARE(toString(ds.type), toString(DataSourceType::Other));
    QCOMPARE(ds.typeName, QStringLiteral("CloudWatch"));
    QCOMPARE(ds.description, QStringLiteral("AWS metrics"));
    const QMap<QString, QString> expected = {{QStringLiteral("accessKeyID"), QStringLiteral("AKIA")},
                                             {QStringLiteral("region"), QStringLiteral("eu-west-1")},
                                             {QStringLiteral("dimensions.stage"), QStringLiteral("prod")},
                                             {QStringLiteral("dimensions.tags.0"), QStringLiteral("a")},
                                             {QStringLiteral("dimensions.tags.1"), QStringLiteral("b")}};
    QCOMPARE(ds.otherDetails, expected);
    QVERIFY(ds.url.isEmpty());
}

void TestSlaReader::loadService()
{
    const QByteArray yaml = "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: fraud\n"
                            "  displayName: Fraud\nspec:\n  description: Scores payments\n";
    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.services.size(), 1);
    const Service &s = r.workspace.services.constFirst();
    QCOMPARE(s.metadata.name, QStringLiteral("fraud"));
    QCOMPARE(s.metadata.displayName, QStringLiteral("Fraud"));
    QCOMPARE(s.description, QStringLiteral("Scores payments"));
    QCOMPARE(at(s.origin.at(QStringLiteral("name"))), QStringLiteral("4:9"));
}

void TestSlaReader::loadWithErrors_stillAppendsNamedDocument()
{
    const LoadResult r = DocumentLoader::loadData(objective("      indicator: {ratio: {good: g}}\n"
                                                            "      target: 2\n"),
                                                  kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.workspace.slas.size(), 1);
    QCOMPARE(r.workspace.slas.constFirst().objectives.size(), 1);
    QCOMPARE(r.workspace.slas.constFirst().objectives.constFirst().name, QStringLiteral("o"));

    // Without a name there is nothing a later check could refer to.
    const LoadResult unnamed = DocumentLoader::loadData("apiVersion: openslo/v1\nkind: Service\nmetadata: {}\n"
                                                        "spec: {}\n",
                                                        kFile);
    QVERIFY(!unnamed.ok());
    QVERIFY(unnamed.workspace.services.isEmpty());
}

void TestSlaReader::malformed_reportsErrorsWithoutCrashing_data()
{
    QTest::addColumn<QByteArray>("yaml");
    const QByteArray sla = "apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: s}\n";
    const QByteArray tierDoc = "apiVersion: sladesk/v1\nkind: TierTemplate\nmetadata: {name: t}\n";
    const QByteArray ds = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: d}\n";
    const QByteArray obj = sla + "spec:\n  objectives:\n    - name: o\n      target: 0.9\n      indicator: ";
    QTest::addRow("spec scalar") << sla + "spec: 5\n";
    QTest::addRow("metadata scalar") << QByteArray("apiVersion: sladesk/v1\nkind: SLA\nmetadata: 5\nspec: {}\n");
    QTest::addRow("name list") << QByteArray("apiVersion: sladesk/v1\nkind: SLA\nmetadata: {name: [a]}\nspec: {}\n");
    QTest::addRow("objective items") << sla + "spec: {objectives: [5, null, {name: o, indicator: 5}]}\n";
    QTest::addRow("objectives empty") << sla + "spec: {objectives: []}\n";
    QTest::addRow("ratio scalar") << obj + "{ratio: 5}\n";
    QTest::addRow("latency list") << obj + "{latency: [1]}\n";
    QTest::addRow("classification null") << obj + "{classification: null}\n";
    QTest::addRow("drift reference scalar") << obj + "{drift: {histogram: h, method: psi, reference: 5}}\n";
    QTest::addRow("query scalar") << obj + "{query: x}\n";
    QTest::addRow("indicator list") << obj + "[ratio]\n";
    QTest::addRow("alerts items") << obj + "{ratio: {good: g, total: t}}\n  alerts: [5, {burnRate: [5, {long: x}]}]\n";
    QTest::addRow("alerts map") << obj + "{ratio: {good: g, total: t}}\n  alerts: {burnRate: default}\n";
    QTest::addRow("notify items") << obj + "{ratio: {good: g, total: t}}\n  notify: [[1], {webhook: [1]}, {}]\n";
    QTest::addRow("contract scalar") << obj + "{ratio: {good: g, total: t}}\n  contract: 5\n  remediation: 5\n";
    QTest::addRow("credits scalar") << obj + "{ratio: {good: g, total: t}}\n  contract: {credits: 5}\n";
    QTest::addRow("tier pieces") << tierDoc + "spec: {minimums: {ratio: 5, latency: [1]}, escalation: 5, notify: 5}\n";
    QTest::addRow("minimums list") << tierDoc + "spec: {minimums: [ratio]}\n";
    QTest::addRow("details scalar") << ds + "spec: {type: prometheus, connectionDetails: 5}\n";
    QTest::addRow("details list of scalars") << ds + "spec: {type: recorded, connectionDetails: [5]}\n";
    QTest::addRow("details url list") << ds + "spec: {type: prometheus, connectionDetails: {url: [1]}}\n";
    QTest::addRow("type list") << ds + "spec: {type: [x], connectionDetails: {url: 'http://p'}}\n";
    QTest::addRow("service spec scalar") << QByteArray(
        "apiVersion: openslo/v1\nkind: Service\nmetadata: {name: s}\nspec: [a]\n");
}

void TestSlaReader::malformed_reportsErrorsWithoutCrashing()
{
    QFETCH(QByteArray, yaml);
    const LoadResult r = DocumentLoader::loadData(yaml, kFile);
    QVERIFY(!r.ok());
    for (const Diagnostic &d : r.diagnostics) {
        QCOMPARE(d.location.file, kFile);
        QVERIFY2(d.location.line > 0, qPrintable(d.toString()));
    }
}

void TestSlaReader::loadCorpus_data()
{
    // Public OpenSLO files (read in place, see /work/shared/corpus/SOURCES.md).
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("dataSources");
    QTest::addColumn<int>("services");
    QTest::addRow("schema-test service") << "OpenSLO__schema-test__spec-files__v1__service__service.yaml" << true << 0
                                         << 1;
    QTest::addRow("service without displayName") << "service-no-displayname.yaml" << true << 0 << 1;
    QTest::addRow("service description too long") << "service-long-description.yaml" << false << 0 << 1;
    QTest::addRow("service unknown field") << "unknown-field.yaml" << false << 0 << 1;
    QTest::addRow("service name with space") << "oslo__test__inputs__validate__mix__2.yaml" << false << 0 << 1;
    QTest::addRow("services without spec") << "list-of-services.yaml" << true << 0 << 2;
    QTest::addRow("list and document") << "two-documents.yaml" << true << 0 << 3;
    QTest::addRow("go-sdk services") << "go-sdk__pkg__openslo__v1__examples__services.yaml" << true << 0 << 2;
    QTest::addRow("oslo fmt service") << "oslo__test__inputs__fmt__service.yaml" << true << 0 << 1;
    QTest::addRow("CloudWatch data source") << "data-source.yaml" << true << 1 << 0;
    // Its Datadog source carries apiKey and appKey inline, which SLA Desk refuses.
    QTest::addRow("go-sdk data sources") << "go-sdk__pkg__openslo__v1__examples__data_sources.yaml" << true << 2 << 0;
}

void TestSlaReader::loadCorpus()
{
    QFETCH(QString, file);
    QFETCH(bool, valid);
    QFETCH(int, dataSources);
    QFETCH(int, services);
    const QString path = QStringLiteral(SLA_CORPUS_DIR "/openslo/") + file;
    if (!QFile::exists(path))
        QSKIP("corpus not available");
    const LoadResult r = DocumentLoader::loadPaths({path});
    QVERIFY2(r.ok() == valid, qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.dataSources.size(), dataSources);
    QCOMPARE(r.workspace.services.size(), services);
}

void TestSlaReader::secretInDocument_isDroppedAndNeverWrittenBack()
{
    const QByteArray yaml = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: dd}\nspec:\n"
                            "  type: datadog\n  connectionDetails:\n    site: datadoghq.eu\n"
                            "    apiKey: 0123456789abcdef-secret\n";
    const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("dd.yaml"));
    QVERIFY(r.ok());
    QCOMPARE(r.workspace.dataSources.size(), 1);
    QCOMPARE(r.workspace.dataSources.first().site, QStringLiteral("datadoghq.eu"));
    const QByteArray written = writeDocuments(r.workspace);
    QVERIFY(written.contains("datadoghq.eu"));
    QVERIFY2(!written.contains("0123456789abcdef-secret"), written.constData());
    QVERIFY(!written.contains("apiKey"));
}

QTEST_GUILESS_MAIN(TestSlaReader)
#include "tst_slareader.moc"
