// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document.h"

#include "textoffsets.h"

#include <QCryptographicHash>

namespace Iwb {

void Document::setText(const QString &text)
{
    m_text = text;
    m_sha256 = sha256Of(text);
}

void Document::setText(const QString &text, const QByteArray &sha256)
{
    m_text = text;
    // A store written by hand or by another program may hold something else: then it is computed.
    m_sha256 = sha256.size() == 64 ? sha256 : sha256Of(text);
}

void Document::setOriginal(const QByteArray &bytes, const QString &mediaType)
{
    m_original = bytes;
    m_originalMediaType = bytes.isEmpty() ? QString() : mediaType;
}

void Document::setStoredOriginal(const QString &mediaType)
{
    m_original.clear();
    m_originalMediaType = mediaType;
}

QByteArray Document::sha256Of(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

qsizetype Document::codePointLength() const
{
    return TextOffsets(m_text).codePointLength();
}

} // namespace Iwb
