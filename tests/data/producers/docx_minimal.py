#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Writes a small .docx with a heading and a paragraph (python3 docx_minimal.py OUT), for tst_mailcli.
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Angriff auf das Lohnbüro</w:t></w:r></w:p><w:p><w:r><w:t>Die Musterwerk GmbH meldet einen Angriff auf 860 Datensätze.</w:t></w:r></w:p></w:body></w:document>' % W)
z.close()
