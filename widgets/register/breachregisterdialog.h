// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Iwb {

/**
 * The settings of one breach register: the controller it is kept for, the contact point and the authority
 * (Art. 33(3)(b), Art. 33(1)), the zone times are entered in, whether NIS2's deadlines apply too, and whether
 * the hour of awareness counts (Regulation 1182/71 Art. 3(1)). OK is offered once the controller is named.
 */
class BreachRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BreachRegisterDialog(const BreachRegister &breachRegister, QWidget *parent = nullptr);

    /// The register with what was entered (its id unchanged).
    BreachRegister breachRegister() const;

    QLineEdit *controllerField() const { return m_controller; }
    QLineEdit *authorityField() const { return m_authority; }

private:
    void updateOk();

    BreachRegister m_register;
    QLineEdit *m_controller;
    QLineEdit *m_address;
    QLineEdit *m_contactName;
    QLineEdit *m_contactEmail;
    QLineEdit *m_contactPhone;
    QLineEdit *m_authority;
    QComboBox *m_zone;
    QCheckBox *m_nis2;
    QCheckBox *m_skipHour;
    QDialogButtonBox *m_buttons;
};

} // namespace Iwb
