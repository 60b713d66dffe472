#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Writes a .docx as LibreOffice lays it out (python3 docx_libreoffice.py OUT HEADING LEAD MORE), a second producer for tst_docximport.
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def p(text, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/><w:rPr></w:rPr></w:pPr>' % style if style else '<w:pPr><w:rPr></w:rPr></w:pPr>'
    return '<w:p>%s<w:r><w:rPr></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, text)
body = (p(sys.argv[2], 'Heading1') + p(sys.argv[3], 'TextBody')
    + '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid>'
    + '<w:tr><w:trPr></w:trPr><w:tc><w:tcPr><w:tcW w:w="4819" w:type="dxa"/></w:tcPr>' + p('Beschäftigte', 'TableContents') + '</w:tc>'
    + '<w:tc><w:tcPr><w:tcW w:w="4819" w:type="dxa"/></w:tcPr>' + p('860', 'TableContents') + '</w:tc></w:tr></w:tbl>'
    + p(sys.argv[4], 'TextBody'))
document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, body)
z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template></Template><Application>LibreOffice/24.8</Application></Properties>')
z.writestr('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-10T11:02:44Z</dcterms:created><dc:creator>Erika Beispiel</dc:creator><dc:language>de-DE</dc:language><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-11T09:00:00Z</dcterms:modified><cp:revision>2</cp:revision></cp:coreProperties>')
z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
z.writestr('word/document.xml', document)
z.writestr('word/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>' % W)
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.close()
