// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: the spec of the `sladesk/v1` kinds Correction and Annotation. The
// document frame (apiVersion, kind, metadata) is read by slareader.cpp, which calls these.

#include "core/document/model.h"
#include "core/document/yamlsupport.h"

namespace Sla::Core {

/// Reads `spec` of a Correction into `c` (metadata already set); problems go to `ctx`.
/// The recurrence is kept as written and checked by the validator, whose column offsets
/// start at `origin.at("recurrence")` (the first character of the rule text).
void readCorrectionSpec(Yaml::Context &ctx, const YAML::Node &spec, Correction &c);

/// Reads `spec` of an Annotation into `a` (metadata already set); problems go to `ctx`.
void readAnnotationSpec(Yaml::Context &ctx, const YAML::Node &spec, Annotation &a);

/// The "http or https URL" check of document fields (used for DataSource urls too).
/// False, with an error at `at`, otherwise; a password in it is warned about.
bool checkDocumentUrl(Yaml::Context &ctx, const SourceLocation &at, const QString &url, const QString &what);

} // namespace Sla::Core
