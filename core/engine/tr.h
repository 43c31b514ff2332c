// SPDX-License-Identifier: Apache-2.0
#pragma once

// Short tr() for the code of core/, which has no QObject classes to carry it. This header
// defines SLA_TR_FUNCTIONS and the translation contexts of core/engine/, the lowest layer;
// core/document/tr.h includes it and declares the contexts of the layers above. A source
// file picks its context in one line after its includes:
//
//     namespace Tr = Sla::Core::TrContext::Recurrence;
//
// and writes Tr::tr("...") (with an optional disambiguation and plural count, as QObject::tr).
// lupdate reads SLA_TR_FUNCTIONS as Q_DECLARE_TR_FUNCTIONS through the option
// `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=SLA_TR_FUNCTIONS` (app/CMakeLists.txt) and follows
// the namespace alias, so it files every string under the context named here, as it did for
// the former file-local `struct Tr { Q_DECLARE_TR_FUNCTIONS(...) };` blocks.

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

// engine
namespace Engine {
SLA_TR_FUNCTIONS(Sla::Core::Engine)
}
namespace FigureFormat {
SLA_TR_FUNCTIONS(Sla::Core::FigureFormat)
}
namespace Recurrence {
SLA_TR_FUNCTIONS(Sla::Core::Recurrence)
}

} // namespace Sla::Core::TrContext
