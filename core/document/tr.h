// SPDX-License-Identifier: Apache-2.0
#pragma once

// The translation contexts of core/ above the engine layer, declared here once each; the
// macro SLA_TR_FUNCTIONS and the contexts of core/engine/ (the layer below) are in
// core/engine/tr.h, which says how a source file picks its context and how lupdate reads it:
//
//     namespace Tr = Sla::Core::TrContext::Validator;
//
// A new context is one more entry below.

#include "core/engine/tr.h"

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
namespace YamlPatch {
SLA_TR_FUNCTIONS(Sla::Core::YamlPatch)
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
namespace CloudWatchSource {
SLA_TR_FUNCTIONS(Sla::Core::CloudWatchSource)
}
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
namespace MetricSource {
SLA_TR_FUNCTIONS(Sla::Core::MetricSource)
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
namespace Explanation {
SLA_TR_FUNCTIONS(Sla::Core::Explanation)
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
// rules
namespace PrometheusRules {
SLA_TR_FUNCTIONS(Sla::Core::Rules::PrometheusRules)
}
// models
namespace FigureText {
SLA_TR_FUNCTIONS(Sla::Core::FigureText)
}
// report
namespace Report {
SLA_TR_FUNCTIONS(Sla::Core::Report)
}
// cli
namespace Slactl {
SLA_TR_FUNCTIONS(slactl)
}

} // namespace Sla::Core::TrContext
