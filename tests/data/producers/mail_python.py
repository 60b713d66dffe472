#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Writes a mail with Python's email package (python3 mail_python.py OUT PDF BODY), a second producer for tst_mailimport.
import sys, email.message, email.utils, datetime
m = email.message.EmailMessage()
m['From'] = email.utils.formataddr(('Jürgen Müller', 'j.mueller@sparkasse-muensterau.example'))
m['To'] = 'redaktion@lokalblatt.example'
m['Subject'] = 'Fehlversand bei der Sparkasse Münsterau – Überweisungsdaten'
m['Date'] = email.utils.format_datetime(datetime.datetime(2026, 2, 13, 16, 40, tzinfo=datetime.timezone.utc))
m.set_content(sys.argv[3])
m.add_alternative('<html><body><p>HTML-Fassung</p></body></html>', subtype='html')
m.add_attachment(open(sys.argv[2], 'rb').read(), maintype='application', subtype='pdf', filename='Bericht März.pdf')
m.add_attachment('Notiz zum Fehlversand', filename='notiz.txt')
open(sys.argv[1], 'wb').write(bytes(m))
