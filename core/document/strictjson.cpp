// SPDX-License-Identifier: Apache-2.0
#include "strictjson.h"

#include "core/document/tr.h"

#include <simdjson.h>

namespace Tr = Sla::Core::TrContext::StrictJson;

namespace Sla::Core {

namespace {

namespace od = simdjson::ondemand;

/// Visits every value so that On Demand checks all of the text, not only what is read.
void walk(od::value value)
{
    switch (value.type()) {
    case od::json_type::array:
        for (auto item : value.get_array())
            walk(item.value());
        break;
    case od::json_type::object:
        for (auto field : value.get_object()) {
            std::string_view key = field.unescaped_key();
            (void)key;
            walk(field.value());
        }
        break;
    case od::json_type::number:
        (void)value.get_number().value();
        break;
    case od::json_type::string:
        (void)value.get_string().value();
        break;
    case od::json_type::boolean:
        (void)value.get_bool().value();
        break;
    case od::json_type::null:
        if (!value.is_null())
            throw simdjson::simdjson_error(simdjson::N_ATOM_ERROR);
        break;
    }
}

/// 1-based line and column of byte `offset` of `data` (columns count characters).
SourceLocation locationAt(const QByteArray &data, qsizetype offset, const QString &file)
{
    const QByteArray before = data.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return SourceLocation{file, int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1};
}

} // namespace

std::optional<Diagnostic> checkStrictJson(const QByteArray &data, const QString &file)
{
    const simdjson::padded_string text(data.constData(), size_t(data.size()));
    // The DOM parser validates everything; it says what is wrong but not where.
    simdjson::dom::parser dom;
    const simdjson::error_code verdict = dom.parse(text).error();
    if (verdict == simdjson::SUCCESS)
        return std::nullopt;
    // On Demand, walking every value, stops where the problem is.
    qsizetype offset = 0;
    od::parser parser;
    od::document doc;
    if (parser.iterate(text).get(doc) == simdjson::SUCCESS) {
        try {
            od::json_type type = doc.type();
            if (type == od::json_type::array || type == od::json_type::object)
                walk(doc.get_value());
            offset = data.size();
        } catch (const simdjson::simdjson_error &) {
            const char *at = nullptr;
            if (doc.current_location().get(at) == simdjson::SUCCESS && at)
                offset = qsizetype(at - text.data());
        }
    }
    return Diagnostic{Diagnostic::Severity::Error, locationAt(data, qBound(qsizetype(0), offset, data.size()), file),
                      Tr::tr("not valid JSON: %1 (a .json file must be strict JSON: no trailing "
                             "commas, single quotes or comments)")
                          .arg(QString::fromUtf8(simdjson::error_message(verdict)))};
}

} // namespace Sla::Core
