// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "readermessage.h"

#include <QCoreApplication>

namespace Iwb {

namespace {

    /// @p pattern with %1 … %9 replaced by @p arguments in one pass, so that an argument holding "%2" (a
    /// file name, a library's message) stays as it is.
    QString filled(const QString &pattern, const QStringList &arguments)
    {
        QString text;
        text.reserve(pattern.size());
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern.at(i);
            if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1')
                && pattern.at(i + 1) <= QLatin1Char('9')) {
                const qsizetype index = pattern.at(i + 1).unicode() - '1';
                if (index < arguments.size()) {
                    text += arguments.at(index);
                    ++i;
                    continue;
                }
            }
            text += c;
        }
        return text;
    }

} // namespace

ReaderMessage::ReaderMessage(const char *source, QStringList arguments)
    : m_source(QString::fromUtf8(source))
    , m_arguments(std::move(arguments))
{
}

ReaderMessage ReaderMessage::fromSource(const QString &source, QStringList arguments)
{
    ReaderMessage message;
    message.m_source = source;
    message.m_arguments = std::move(arguments);
    return message;
}

QString ReaderMessage::english() const
{
    return filled(m_source, m_arguments);
}

QString ReaderMessage::translated() const
{
    const QByteArray source = m_source.toUtf8();
    return filled(QCoreApplication::translate("DocumentReader", source.constData()), m_arguments);
}

} // namespace Iwb
