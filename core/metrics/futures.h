// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small QFuture helpers shared by the sources and the evaluation.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <utility>

namespace Sla::Core {

/// A future that is already finished with `value`.
template <typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

/// Calls `f(result)` in `context`'s thread once `future` has finished with a result, through a
/// QFutureWatcher owned by `context`: destroying the context drops the call. Unlike
/// QFuture::then(context, ...), a future may have any number of watchers (but only one continuation).
template <typename T, typename F> void whenFinished(const QFuture<T> &future, QObject *context, F f)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, f = std::move(f)]() mutable {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.isValid() && done.resultCount() > 0)
            f(done.result());
    });
    watcher->setFuture(future);
}

} // namespace Sla::Core
