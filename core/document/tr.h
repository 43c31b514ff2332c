// SPDX-License-Identifier: Apache-2.0
#pragma once

// Short tr() for the code of core/, which has no QObject classes to carry it. The translation
// contexts of core/ are declared here, once each; a source file picks its context in one line
// after its includes:
//
//     namespace Tr = Sla::Core::TrContext::Validator;
//
// and writes Tr::tr("...") (with an optional disambiguation and plural count, as QObject::tr).
// lupdate reads SLA_TR_FUNCTIONS as Q_DECLARE_TR_FUNCTIONS through the option
// `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=SLA_TR_FUNCTIONS` (app/CMakeLists.txt) and follows
// the namespace alias, so it files every string under the context named here, as it did for
// the former file-local `struct Tr { Q_DECLARE_TR_FUNCTIONS(...) };` blocks. A new context is
// one more entry below; core/engine/, below this layer, declares its two contexts itself.

#include <QCoreApplication>
#include <QString>

// clang-format off
#define SLA_TR_FUNCTIONS(context)                                                                                    \
    inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)                      \
    {                                                                                                                \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);                                 \
    }
// clang-format on

/// One namespace per translation context, named after the context's last part.
namespace Sla::Core::TrContext {

// document
namespace DocumentLoader {
SLA_TR_FUNCTIONS(Sla::Core::DocumentLoader)
}
namespace Duration {
SLA_TR_FUNCTIONS(Duration)
}
namespace SlaReader {
SLA_TR_FUNCTIONS(Sla::Core::SlaReader)
}
namespace StrictJson {
SLA_TR_FUNCTIONS(Sla::Core::StrictJson)
}
namespace TextHygiene {
SLA_TR_FUNCTIONS(Sla::Core::TextHygiene)
}
namespace WindowLimits {
SLA_TR_FUNCTIONS(Sla::Core::WindowLimits)
}
namespace Yaml {
SLA_TR_FUNCTIONS(Sla::Core::Yaml)
}
namespace YamlGuard {
SLA_TR_FUNCTIONS(Sla::Core::YamlGuard)
}
namespace YamlWriter {
SLA_TR_FUNCTIONS(Sla::Core::YamlWriter)
}
// query
namespace QueryCompiler {
SLA_TR_FUNCTIONS(Sla::Core::QueryCompiler)
}
namespace Selector {
SLA_TR_FUNCTIONS(Sla::Core::Selector)
}
// validation
namespace Validator {
SLA_TR_FUNCTIONS(Sla::Core::Validator)
}
// secrets
namespace CredentialStore {
SLA_TR_FUNCTIONS(Sla::Core::CredentialStore)
}
// metrics
namespace DatadogQuery {
SLA_TR_FUNCTIONS(Sla::Core::DatadogQuery)
}
namespace DatadogResponse {
SLA_TR_FUNCTIONS(Sla::Core::DatadogResponse)
}
namespace DatadogSite {
SLA_TR_FUNCTIONS(Sla::Core::DatadogSite)
}
namespace DatadogSource {
SLA_TR_FUNCTIONS(Sla::Core::DatadogSource)
}
namespace GzipInflater {
SLA_TR_FUNCTIONS(Sla::Core::GzipInflater)
}
namespace OpenMetricsParser {
SLA_TR_FUNCTIONS(Sla::Core::OpenMetricsParser)
}
namespace Prometheus {
SLA_TR_FUNCTIONS(Sla::Core::Prometheus)
}
namespace PrometheusSource {
SLA_TR_FUNCTIONS(Sla::Core::PrometheusSource)
}
namespace RecordedStore {
SLA_TR_FUNCTIONS(Sla::Core::RecordedStore)
}
// exchange
namespace DatadogSloImporter {
SLA_TR_FUNCTIONS(Sla::Core::DatadogSloImporter)
}
namespace ImportSupport {
SLA_TR_FUNCTIONS(Sla::Core::ImportSupport)
}
namespace OpenSloExport {
SLA_TR_FUNCTIONS(Sla::Core::OpenSloExport)
}
namespace OpenSloImporter {
SLA_TR_FUNCTIONS(Sla::Core::OpenSloImporter)
}
namespace PyrraImporter {
SLA_TR_FUNCTIONS(Sla::Core::PyrraImporter)
}
namespace SloImport {
SLA_TR_FUNCTIONS(Sla::Core::SloImport)
}
namespace SlothImporter {
SLA_TR_FUNCTIONS(Sla::Core::SlothImporter)
}
// evaluation (and metrics/datadog/datadogrequests.cpp, whose errors the evaluator reports)
namespace Evaluator {
SLA_TR_FUNCTIONS(Sla::Core::Evaluator)
}
// alerting
namespace AlertEngine {
SLA_TR_FUNCTIONS(Sla::Core::Alerting::AlertEngine)
}
namespace AlertHistory {
SLA_TR_FUNCTIONS(Sla::Core::Alerting::AlertHistory)
}
namespace AlertDelivery {
SLA_TR_FUNCTIONS(Sla::Core::Alerting::AlertDelivery)
}
// cli
namespace Slactl {
SLA_TR_FUNCTIONS(slactl)
}

} // namespace Sla::Core::TrContext
