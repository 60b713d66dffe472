// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/breachregisterdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Iwb {

BreachRegisterDialog::BreachRegisterDialog(const BreachRegister &breachRegister, QWidget *parent)
    : QDialog(parent)
    , m_register(breachRegister)
    , m_controller(new QLineEdit(breachRegister.controllerName, this))
    , m_address(new QLineEdit(breachRegister.controllerAddress, this))
    , m_contactName(new QLineEdit(breachRegister.contactName, this))
    , m_contactEmail(new QLineEdit(breachRegister.contactEmail, this))
    , m_contactPhone(new QLineEdit(breachRegister.contactPhone, this))
    , m_authority(new QLineEdit(breachRegister.authority, this))
    , m_zone(new QComboBox(this))
    , m_nis2(new QCheckBox(tr("The controller is an essential or important entity under NIS2: also show the "
                              "24-hour, 72-hour and one-month deadlines"),
          this))
    , m_skipHour(new QCheckBox(tr("Do not count the hour of awareness (Regulation 1182/71 Art. 3(1))"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(breachRegister.id == 0 ? tr("New Breach Register") : tr("Breach Register Settings"));
    m_controller->setObjectName(QStringLiteral("controller"));
    m_authority->setObjectName(QStringLiteral("authority"));
    m_controller->setPlaceholderText(tr("The organization the register is kept for"));
    m_authority->setPlaceholderText(tr("e.g. LfD Niedersachsen"));
    m_zone->setEditable(true);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds()) {
        if (zone.startsWith("Europe/") || zone == "UTC") {
            m_zone->addItem(QString::fromUtf8(zone));
        }
    }
    m_zone->setCurrentText(QString::fromUtf8(breachRegister.timeZone));
    m_nis2->setChecked(breachRegister.regime == RegisterRegime::GdprAndNis2);
    m_skipHour->setChecked(breachRegister.hourCounting == HourCounting::SkipAwarenessHour);
    m_skipHour->setToolTip(tr("Some authorities count the 72 hours from the beginning of the next hour. Off: 72 "
                              "hours of elapsed time from the moment of awareness."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Controller:"), m_controller);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Contact point or DPO:"), m_contactName);
    form->addRow(tr("E-mail:"), m_contactEmail);
    form->addRow(tr("Phone:"), m_contactPhone);
    form->addRow(tr("Supervisory &authority:"), m_authority);
    form->addRow(tr("Times entered in:"), m_zone);
    form->addRow(m_nis2);
    form->addRow(m_skipHour);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &QLineEdit::textChanged, this, &BreachRegisterDialog::updateOk);
    connect(m_zone, &QComboBox::currentTextChanged, this, &BreachRegisterDialog::updateOk);
    updateOk();
    resize(620, sizeHint().height());
}

void BreachRegisterDialog::updateOk()
{
    const bool zoneKnown = QTimeZone(m_zone->currentText().toUtf8()).isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_controller->text().trimmed().isEmpty() && zoneKnown);
}

BreachRegister BreachRegisterDialog::breachRegister() const
{
    BreachRegister result = m_register;
    result.controllerName = m_controller->text().trimmed();
    result.controllerAddress = m_address->text().trimmed();
    result.contactName = m_contactName->text().trimmed();
    result.contactEmail = m_contactEmail->text().trimmed();
    result.contactPhone = m_contactPhone->text().trimmed();
    result.authority = m_authority->text().trimmed();
    result.timeZone = m_zone->currentText().toUtf8();
    result.regime = m_nis2->isChecked() ? RegisterRegime::GdprAndNis2 : RegisterRegime::Gdpr;
    result.hourCounting = m_skipHour->isChecked() ? HourCounting::SkipAwarenessHour : HourCounting::Elapsed;
    return result;
}

} // namespace Iwb
