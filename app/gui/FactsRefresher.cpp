#include "gui/FactsRefresher.h"

#include "messages/ErrorText.h"
#include "update/Library.h"

namespace veille::app {

FactsRefresher::FactsRefresher(Library &library, QObject *parent) : QObject(parent), m_library(library)
{
}

FactsRefresher::~FactsRefresher()
{
    m_stop->store(true);
    m_library.forget(this);
}

void FactsRefresher::start()
{
    m_library.post([this, stop = m_stop](Library *writer, const Error &openError) {
        Result<int> done = openError;
        if (writer) {
            done = writer->importer().refreshFactsAfterUpgrade([this, stop](int n, int total) {
                if (stop->load())
                    return false;
                QMetaObject::invokeMethod(this, [this, n, total] { emit progress(n, total); }, Qt::QueuedConnection);
                return true;
            });
        }
        if (stop->load())
            return;
        const int recomputed = done ? *done : 0;
        const QString error = done ? QString() : ErrorText::of(done.error());
        QMetaObject::invokeMethod(this, [this, recomputed, error] { emit finished(recomputed, error); }, Qt::QueuedConnection);
    }, Lane::Normal, this);
}

} // namespace veille::app
