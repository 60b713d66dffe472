// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>

/// Takes a fuzzer's bytes apart into the values a harness needs, deterministically: the same
/// bytes always give the same values, and every prefix of the input is used (no byte wasted on
/// headers the fuzzer cannot learn). Works with GCC too (clang's FuzzedDataProvider does not).
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
    {
    }

    const QByteArray &bytes() const { return m_bytes; }
    bool atEnd() const { return m_at >= m_bytes.size(); }

    /// One byte, 0 at the end.
    uint8_t byte() { return atEnd() ? 0 : static_cast<uint8_t>(m_bytes.at(m_at++)); }
    /// The bytes up to the next @p separator (or the end), without it.
    QByteArray field(char separator = '\x1f')
    {
        const qsizetype end = m_bytes.indexOf(separator, m_at);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        const QByteArray part = m_bytes.mid(m_at, stop - m_at);
        m_at = end < 0 ? m_bytes.size() : end + 1;
        return part;
    }
    QString text(char separator = '\x1f') { return QString::fromUtf8(field(separator)); }
    /// The rest of the input.
    QByteArray rest()
    {
        const QByteArray part = m_bytes.mid(m_at);
        m_at = m_bytes.size();
        return part;
    }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

/// A broken invariant: abort, so that the fuzzer keeps the input as a crash.
#define FUZZ_REQUIRE(condition)                                                                                        \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qFatal("fuzz invariant broken: %s (%s:%d)", #condition, __FILE__, __LINE__);                               \
        }                                                                                                              \
    } while (false)
