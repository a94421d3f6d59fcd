#include "gui/PaneSplitter.h"

#include <QSplitter>

namespace veille::app {

QSplitter *PaneSplitter::make(Qt::Orientation orientation, const QString &name, QWidget *first, QWidget *second,
                              int firstStretch, int secondStretch, const QList<int> &sizes, QWidget *parent)
{
    auto *splitter = new QSplitter(orientation, parent);
    splitter->setObjectName(name);
    splitter->addWidget(first);
    splitter->addWidget(second);
    splitter->setStretchFactor(0, firstStretch);
    splitter->setStretchFactor(1, secondStretch);
    splitter->setSizes(sizes);
    return splitter;
}

} // namespace veille::app
